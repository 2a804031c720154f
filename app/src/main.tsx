import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../../electron/shared/i18n/translate';
import { App } from './App';
import { ApiContext } from './api/apiContext';
import { createApiClient } from './api/createApiClient';
import { ErrorBoundary } from './features/errors/ErrorBoundary';
import './styles/app.css';

document.title = t('appName');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <ApiContext.Provider value={createApiClient()}>
          <App />
        </ApiContext.Provider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
