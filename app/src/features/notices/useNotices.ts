import { useCallback, useEffect, useState } from 'react';

export type NoticeKind = 'success' | 'info' | 'error';

export interface Notice {
  text: string;
  kind: NoticeKind;
  /** The document it is about (已打开…): it stays while that document is the one shown. */
  docId?: string;
}

/** How long a success or an information stays; an error stays until it is closed. */
export const NOTICE_MS = 6000;

/**
 * The app's one banner: a success or an information goes by itself after a few seconds, an error
 * waits to be closed; any of them goes when another document is shown (unless it is about that one)
 * or the language changes, so no stale "已打开…" is left over the wrong document.
 */
export function useNotices(currentDocId: string | null, locale: string) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback((text: string | null, kind: NoticeKind = 'error', docId?: string) => setNotice(text ? { text, kind, docId } : null), []);
  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    const timer = setTimeout(() => setNotice((n) => (n === notice ? null : n)), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  useEffect(() => {
    setNotice((n) => (n && n.docId !== undefined && n.docId === currentDocId ? n : null));
  }, [currentDocId, locale]);
  return { notice, notify };
}
