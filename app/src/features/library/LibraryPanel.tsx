import { useEffect, useRef, useState } from 'react';
import type { PassageInfo, PassageQuote } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { lazyNamed } from '../lazy/lazyNamed';
import { OnDemand } from '../lazy/OnDemand';
import { checkImportFiles, IMPORT_EXTENSIONS } from '../sources/checkImportFiles';
import { SourceList } from '../sources/SourceList';
import { useFileDrop } from '../sources/useFileDrop';
import { LibrarySearch, type LibraryPreset } from './LibrarySearch';
import { RelatedPassages } from './RelatedPassages';

// Opened by a click (or a drop), never on the first screen.
const ImportDialog = lazyNamed(() => import('../sources/ImportDialog'), 'ImportDialog');
const SourceViewer = lazyNamed(() => import('../sources/SourceViewer'), 'SourceViewer');

/** The library side panel: search, sources, import (button or drop) and the source viewer. */
export function LibraryPanel({
  onUse,
  onCiteQuote,
  onNotice,
  onLibraryChanged,
  paragraph,
  openSource,
  suggest,
}: {
  /** Set from outside (a template section) to show passages of a kind and theme in the search tab. */
  suggest?: LibraryPreset | null;
  /** Set from outside (a click on a citation) to show a passage in its source. */
  openSource?: { sourceId: string; passageId: string } | null;
  onUse: (p: PassageInfo, how: 'quote' | 'adapt' | 'seeAlso') => void;
  /** Cite a statement quoted inside a passage (or a document it names). */
  onCiteQuote: (p: PassageInfo, q: PassageQuote) => void;
  paragraph: { text: string; citedIds: string[] } | null;
  onNotice: (message: string) => void;
  onLibraryChanged: () => void;
}) {
  const [tab, setTab] = useState<'search' | 'related' | 'sources'>('search');
  const [version, setVersion] = useState(0);
  const [viewing, setViewing] = useState<{ sourceId: string; passageId: string | null } | null>(null);
  const [importing, setImporting] = useState<File[] | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (openSource) setViewing(openSource);
  }, [openSource]);
  useEffect(() => {
    if (suggest) setTab('search');
  }, [suggest]);

  const startImport = (files: File[]) => {
    const { accepted, problems } = checkImportFiles(files);
    if (problems.length) onNotice(problems.join(t('common.listSeparator')));
    if (accepted.length) setImporting(accepted.map((i) => files[i]!));
  };
  const { dragging, dropProps } = useFileDrop(startImport);

  return (
    <section
      className={`library${dragging ? ' dragging' : ''}`}
      aria-label={t('library.heading')}
      data-testid="library-panel"
      {...dropProps}
    >
      <header className="panel-header">
        <h2>{t('library.heading')}</h2>
        <span className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={tab === 'search'} className={tab === 'search' ? 'active' : ''} onClick={() => setTab('search')}>
            {t('library.tab.search')}
          </button>
          <button type="button" role="tab" aria-selected={tab === 'related'} className={tab === 'related' ? 'active' : ''} onClick={() => setTab('related')}>
            {t('library.tab.related')}
          </button>
          <button type="button" role="tab" aria-selected={tab === 'sources'} className={tab === 'sources' ? 'active' : ''} onClick={() => setTab('sources')}>
            {t('library.tab.sources')}
          </button>
        </span>
      </header>
      <div className="library-tab" hidden={tab !== 'search'}>
        <LibrarySearch version={version} preset={suggest} onUse={onUse} onCiteQuote={onCiteQuote} onViewSource={(p) => p.sources[0] && setViewing({ sourceId: p.sources[0].id, passageId: p.id })} />
      </div>
      {tab === 'related' && <RelatedPassages paragraph={paragraph} onUse={onUse} />}
      {tab === 'sources' && <SourceList version={version} onOpen={(sourceId) => setViewing({ sourceId, passageId: null })} onImport={() => fileInput.current?.click()} />}
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        accept={IMPORT_EXTENSIONS.join(',')}
        data-testid="import-file-input"
        onChange={(e) => {
          startImport(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      {importing && (
        <OnDemand onClose={() => setImporting(null)}>
          <ImportDialog files={importing} onClose={() => setImporting(null)} onImported={() => (setVersion((v) => v + 1), onLibraryChanged())} />
        </OnDemand>
      )}
      {viewing && (
        <OnDemand onClose={() => setViewing(null)}>
          <SourceViewer sourceId={viewing.sourceId} passageId={viewing.passageId} onClose={() => setViewing(null)} onChanged={() => (setVersion((v) => v + 1), onLibraryChanged())} />
        </OnDemand>
      )}
    </section>
  );
}
