import { useState } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';
import { ModalFrame } from '../layout/ModalFrame';
import type { PickedFile } from './collectDroppedFiles';
import type { SourceFacts } from './ImportDialog';
import { SourceKindSelect } from './SourceKindSelect';

/** Longer than any article; a paste past it is a mistake (a whole page of code, say). */
const PASTE_MAX = 2_000_000;

/**
 * 粘贴为来源: text copied from a browser or a document becomes a source of its own, with the facts a
 * citation needs typed beside it. The text goes through the same import (and its preview) as a file.
 */
export function PasteSourceDialog({ onClose, onNext }: { onClose: () => void; onNext: (files: PickedFile[], facts: Partial<SourceFacts>) => void }) {
  const [text, setText] = useState('');
  const [facts, setFacts] = useState<SourceFacts>({ title: '', author: '', site: '', date: '', url: '', kind: null });
  const field = (key: Exclude<keyof SourceFacts, 'kind'>, label: Parameters<typeof t>[0], hint?: Parameters<typeof t>[0]) => (
    <label className={key === 'title' || key === 'url' ? 'form-row wide' : 'form-row'}>
      <span>{t(label)}</span>
      <input value={facts[key]} maxLength={key === 'title' ? 200 : 500} placeholder={hint ? t(hint) : undefined} onChange={(e) => setFacts({ ...facts, [key]: e.target.value })} data-testid={`paste-${key}`} />
    </label>
  );
  const next = () => {
    const name = `${(facts.title.trim() || t('paste.defaultName')).replace(/[\\/:*?"<>|]+/g, '_').slice(0, 80)}.txt`;
    onNext([{ file: new File([text], name, { type: 'text/plain' }), path: name }], facts);
  };
  return (
    <ModalFrame label={t('paste.title')} testId="paste-dialog" className="import-dialog" onClose={onClose} closeLabel={t('viewer.close')}>
      <p className="muted">{t('paste.hint')}</p>
      <textarea className="paste-area" value={text} rows={12} maxLength={PASTE_MAX} placeholder={t('paste.placeholder')} onChange={(e) => setText(e.target.value)} data-testid="paste-text" autoFocus />
      <div className="fact-grid">
        {field('title', 'import.fieldTitle')}
        {field('author', 'import.fieldAuthor', 'import.fieldAuthorHint')}
        {field('site', 'import.fieldSite', 'import.fieldSiteHint')}
        {field('date', 'import.fieldDate', 'import.fieldDateHint')}
        {field('url', 'import.fieldUrl')}
        <label className="form-row">
          <span>{t('sourceKind.label')}</span>
          <SourceKindSelect value={facts.kind} auto onChange={(kind) => setFacts({ ...facts, kind })} testId="paste-kind" />
        </label>
      </div>
      <footer className="modal-footer">
        <button type="button" onClick={onClose}>
          {t('import.cancel')}
        </button>
        <button type="button" className="primary" disabled={!/\S/.test(text)} onClick={next} data-testid="paste-next">
          {t('paste.next')}
        </button>
      </footer>
    </ModalFrame>
  );
}
