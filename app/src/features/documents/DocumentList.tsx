import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { DRAFT_EXTENSIONS } from '../../../../electron/shared/export/exportFormats';
import { chooseFiles } from '../desktop/chooseFiles';
import { useFileDrop } from '../sources/useFileDrop';
import { formatTime } from './formatTime';

export interface DocumentListProps {
  documents: DocumentSummary[];
  trash: DocumentSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onCreate: () => void;
  /** 新建 → 从模板 */
  onCreateFromTemplate?: () => void;
  onRename: (id: string, title: string) => void;
  onTrash: (id: string) => void;
  onRestore: (id: string) => void;
  onDeleteForever: (id: string) => void;
  onSettings: () => void;
  /** File → 打开: .docx, .md or .txt drafts chosen or dropped on the list. */
  onOpenFiles?: (files: File[]) => void;
  /** File → 导出 of the open document; absent while none is open. */
  onExport?: () => void;
  /** Changes when File → 打开 is asked for from elsewhere (Ctrl+O): the file chooser opens. */
  openRequest?: number;
  /** Says chosen files the desktop app could not read, or a failed file dialog. */
  onNotice?: (text: string) => void;
}

export function DocumentList(props: DocumentListProps) {
  const [showTrash, setShowTrash] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const tell = (text: string) => props.onNotice?.(text);
  const chooseDrafts = useRef<() => void>(() => undefined);
  chooseDrafts.current = () =>
    void chooseFiles('drafts', fileInput.current, (files) => props.onOpenFiles?.(files), tell).catch((err: unknown) => tell(err instanceof Error ? err.message : String(err)));
  const { dragging, dropProps } = useFileDrop((data) => props.onOpenFiles?.(Array.from(data.files)), !!props.onOpenFiles);
  useEffect(() => {
    if (props.openRequest) chooseDrafts.current();
  }, [props.openRequest]);

  const finishRename = (id: string) => {
    props.onRename(id, draft);
    setRenaming(null);
  };

  if (showTrash) {
    return (
      <section className="doc-list" aria-label={t('docs.trashHeading')}>
        <header className="panel-header">
          <h2>{t('docs.trashHeading')}</h2>
          <button type="button" className="link-button" onClick={() => setShowTrash(false)}>
            {t('docs.hideTrash')}
          </button>
        </header>
        {props.trash.length === 0 && <p className="muted">{t('docs.trashEmpty')}</p>}
        <ul>
          {props.trash.map((d) => (
            <li key={d.id} className="doc-item">
              <span className="doc-title">{d.title || t('docs.untitled')}</span>
              <span className="doc-actions">
                <button type="button" onClick={() => props.onRestore(d.id)}>
                  {t('docs.restore')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => window.confirm(t('docs.deleteForeverConfirm', { title: d.title || t('docs.untitled') })) && props.onDeleteForever(d.id)}
                >
                  {t('docs.deleteForever')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  return (
    <section
      className={`doc-list${dragging ? ' dragging' : ''}`}
      aria-label={t('docs.heading')}
      data-testid="doc-list"
      {...dropProps}
    >
      {dragging && <p className="drop-hint">{t('docs.dropHint')}</p>}
      <header className="panel-header">
        <h2>{t('docs.heading')}</h2>
        <button type="button" className="primary" onClick={props.onCreate}>
          {t('docs.new')}
        </button>
      </header>
      <p className="doc-list-actions">
        {props.onCreateFromTemplate && (
          <button type="button" className="link-button" data-testid="new-from-template" onClick={props.onCreateFromTemplate}>
            {t('templates.new')}
          </button>
        )}
        {props.onOpenFiles && (
          <button type="button" className="link-button" data-testid="open-draft" title={t('docs.openHint')} onClick={() => chooseDrafts.current()}>
            {t('docs.open')}
          </button>
        )}
        <button type="button" className="link-button" data-testid="export-open" disabled={!props.onExport} onClick={props.onExport}>
          {t('export.open')}
        </button>
      </p>
      <input
        ref={fileInput}
        type="file"
        hidden
        multiple
        accept={DRAFT_EXTENSIONS.join(',')}
        data-testid="open-draft-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length > 0) props.onOpenFiles?.(files);
        }}
      />
      {props.documents.length === 0 && <p className="muted">{t('docs.empty')}</p>}
      <ul>
        {props.documents.map((d) => (
          <li key={d.id} className={`doc-item${d.id === props.selectedId ? ' selected' : ''}`} data-testid="document-item" data-document-id={d.id}>
            {renaming === d.id ? (
              <input
                className="rename-input"
                autoFocus
                value={draft}
                maxLength={200}
                onChange={(e) => setDraft(e.target.value)}
                onBlur={() => finishRename(d.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !e.nativeEvent.isComposing) finishRename(d.id);
                  if (e.key === 'Escape') setRenaming(null);
                }}
              />
            ) : (
              <button type="button" className="doc-open" onClick={() => props.onSelect(d.id)} onDoubleClick={() => (setRenaming(d.id), setDraft(d.title))}>
                <span className="doc-title">{d.title || t('docs.untitled')}</span>
                <span className="doc-meta">
                  {t('status.words', { n: d.wordCount })} · {t('docs.updated', { time: formatTime(d.updatedAt) })}
                </span>
              </button>
            )}
            <span className="doc-actions">
              <button type="button" title={t('docs.rename')} aria-label={t('docs.rename')} onClick={() => (setRenaming(d.id), setDraft(d.title))}>
                {t('docs.renameShort')}
              </button>
              <button type="button" title={t('docs.trash')} aria-label={t('docs.trash')} onClick={() => props.onTrash(d.id)}>
                {t('docs.trashShort')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <footer className="doc-list-footer">
        <button type="button" className="link-button" onClick={() => setShowTrash(true)}>
          {t('docs.showTrash', { n: props.trash.length })}
        </button>
        <button type="button" className="link-button" data-testid="open-settings" onClick={props.onSettings}>
          {t('settings.open')}
        </button>
      </footer>
    </section>
  );
}
