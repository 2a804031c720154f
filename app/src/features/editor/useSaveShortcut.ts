import { useEffect } from 'react';
import type { Autosaver } from './Autosaver';

/**
 * Ctrl+S (⌘S) saves now instead of the browser's "save page". A failure is not lost: the saver shows
 * it in the status bar and retries.
 */
export function useSaveShortcut<T>(saver: Autosaver<T>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void saver.flush().catch(() => undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saver]);
}
