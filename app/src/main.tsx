import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { isLocale } from '../../electron/shared/i18n/locales';
import { setLocale, t } from '../../electron/shared/i18n/translate';
import { App } from './App';
import { ApiContext } from './api/apiContext';
import { createApiClient } from './api/createApiClient';
import { ErrorBoundary } from './features/errors/ErrorBoundary';
import { LocaleRoot } from './features/locale/LocaleRoot';
import { prefetchStartup, type StartupData } from './features/startup/prefetchStartup';
import { readStartupSnapshot } from './features/startup/readStartupSnapshot';
import './styles/app.css';

// Its modules evaluated (React, the editor, the app's own): the start-up benchmark's breakdown reads it.
performance.mark('app-script');
const root = document.getElementById('root');
const api = createApiClient();
const snapshot = readStartupSnapshot(document);
let startup: StartupData | null = prefetchStartup(api, window.location.hash, snapshot);
const takeStartup = () => {
  const data = startup;
  startup = null;
  return data;
};
// The language is known before the first paint, so the window never flashes the other one.
const preferences = snapshot ? Promise.resolve(snapshot.preferences) : api.getPreferences({}).catch(() => null);
void preferences.then((prefs) => {
  // A table that cannot load leaves the interface in Chinese (setLocale keeps the old language).
  if (prefs && isLocale(prefs.locale)) void setLocale(prefs.locale);
  document.title = t('appName');
  if (!root) return;
  // Synchronously, effects included: the editor is focused and every listener on it (autosave, 字数)
  // is in place in the same task that first shows it, so the first keystroke lands and is saved.
  const app = createRoot(root);
  flushSync(() =>
    app.render(
      <StrictMode>
      <ApiContext.Provider value={api}>
        <LocaleRoot
          render={() => (
            <ErrorBoundary>
              <App takeStartup={takeStartup} />
            </ErrorBoundary>
          )}
        />
      </ApiContext.Provider>
      </StrictMode>,
    ),
  );
});
