import { useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { DocumentRecord, RevisionRecord, RevisionSummary } from '../../../../electron/shared/api/apiTypes';
import { docPlainText } from '../../../../electron/shared/doc/docPlainText';
import { t } from '../../../../electron/shared/i18n/translate';
import { useDialogFocus } from '../layout/useDialogFocus';
import { diffParagraphs } from '../../../../electron/shared/text/diffParagraphs';
import { useApi } from '../../api/apiContext';
import { formatTime } from '../documents/formatTime';
import { DiffRows } from './DiffRows';
import { editorDocJson } from '../../editor/editorDocJson';

const REASON_KEY = {
  create: 'revisions.reason.create',
  open: 'revisions.reason.open',
  close: 'revisions.reason.close',
  interval: 'revisions.reason.interval',
  import: 'revisions.reason.import',
  restore: 'revisions.reason.restore',
  before_restore: 'revisions.reason.beforeRestore',
} as const;

export interface RevisionDialogProps {
  documentId: string;
  editor: Editor;
  /** Saves what is in the editor, so the restore keeps the very latest text as a revision. */
  flush: () => Promise<void>;
  /** The version the editor's text is based on (refused by the service when stale). */
  baseVersion: () => number;
  onRestored: (doc: DocumentRecord) => void;
  onClose: () => void;
}

/** 修订历史: saved revisions with time and 字数, a side-by-side diff against the current text, restore. */
export function RevisionDialog({ documentId, editor, flush, baseVersion, onRestored, onClose }: RevisionDialogProps) {
  const api = useApi();
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [selected, setSelected] = useState<RevisionRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box, onClose);
  const fail = (err: unknown) => setError(err instanceof Error ? err.message : String(err));
  useEffect(() => {
    api.listRevisions({ id: documentId }).then((list) => {
      setRevisions(list);
      if (list[0]) api.getRevision({ id: documentId, revisionId: list[0].id }).then(setSelected, fail);
    }, fail);
  }, [api, documentId]);
  const current = useMemo(() => docPlainText(editorDocJson(editor.state.doc)), [editor]);
  const rows = useMemo(() => (selected ? diffParagraphs(docPlainText(selected.content), current) : []), [selected, current]);
  const same = rows.every((r) => r.left?.every((o) => o.op === 'same') && r.right?.every((o) => o.op === 'same'));

  const choose = (id: number) => api.getRevision({ id: documentId, revisionId: id }).then(setSelected, fail);
  const restore = async () => {
    if (!selected || !window.confirm(t('revisions.restoreConfirm', { time: formatTime(selected.createdAt) }))) return;
    try {
      await flush();
      onRestored(await api.restoreRevision({ id: documentId, revisionId: selected.id, baseVersion: baseVersion() }));
    } catch (err) {
      fail(err);
    }
  };

  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-label={t('revisions.title')} data-testid="revision-dialog">
      <div className="modal modal-wide revisions" ref={box} tabIndex={-1}>
        <header className="modal-header">
          <div>
            <h2>{t('revisions.title')}</h2>
            <p className="muted">{t('revisions.legend')}</p>
          </div>
          <span className="modal-actions">
            <button type="button" className="primary" data-testid="revision-restore" disabled={!selected || same} onClick={() => void restore()}>
              {t('revisions.restore')}
            </button>
            <button type="button" onClick={onClose}>
              {t('revisions.close')}
            </button>
          </span>
        </header>
        {error && <p className="error-text">{error}</p>}
        <div className="revision-body">
          <ol className="revision-list" aria-label={t('revisions.title')}>
            {revisions?.length === 0 && <li className="muted">{t('revisions.empty')}</li>}
            {revisions?.map((r) => (
              <li key={r.id}>
                <button type="button" className={`revision-item${r.id === selected?.id ? ' selected' : ''}`} data-testid="revision-item" aria-pressed={r.id === selected?.id} onClick={() => void choose(r.id)}>
                  <span className="revision-time">{formatTime(r.createdAt)}</span>
                  <span className="muted">
                    {t(REASON_KEY[r.reason])} · {t('revisions.words', { n: r.wordCount })}
                  </span>
                </button>
              </li>
            ))}
          </ol>
          {selected && (
            <div className="revision-diff" data-testid="revision-diff">
              <div className="diff-heads">
                <h3>{t('revisions.selected', { time: formatTime(selected.createdAt) })}</h3>
                <h3>{t('revisions.current')}</h3>
              </div>
              {same ? <p className="muted">{t('revisions.same')}</p> : <DiffRows rows={rows} />}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
