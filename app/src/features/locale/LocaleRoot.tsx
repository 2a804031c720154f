import { useEffect, useState, type ReactNode } from 'react';
import { pendingLocale, t } from '../../../../electron/shared/i18n/translate';
import { useLocale } from './useLocale';

/**
 * Re-renders the whole tree when the interface language changes: `render` builds new elements on
 * every call, so no component keeps a string of the old language (no restart needed).
 */
export function LocaleRoot({ render }: { render: () => ReactNode }) {
  const locale = useLocale();
  // The language chosen at start may still be loading (only zh-CN is in the start-up bundle): nothing
  // is drawn until it is in, so the window never shows Chinese first. Later switches keep the old
  // language on screen until the new one is in, and never unmount the tree.
  const [ready, setReady] = useState(() => pendingLocale() === null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    const done = () => live && setReady(true);
    const pending = pendingLocale();
    if (pending) pending.then(done, done);
    else done();
    return () => {
      live = false;
    };
  }, [ready]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('appName');
  }, [locale]);
  return ready ? <>{render()}</> : null;
}
