import { useEffect, useRef, useState } from 'react';
import type { PassageInfo, SourceSummary } from '../../../../electron/shared/api/apiTypes';
import { PACK_EXTENSION } from '../../../../electron/shared/api/packTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { lazyNamed } from '../lazy/lazyNamed';
import { OnDemand } from '../lazy/OnDemand';
import { checkImportFiles, IMPORT_EXTENSIONS } from '../sources/checkImportFiles';
import { SourceList } from '../sources/SourceList';
import { PACK_OPEN, splitPackFiles } from '../sources/splitPackFiles';
import { useFileDrop } from '../sources/useFileDrop';
import { LibrarySearch, type LibraryPreset } from './LibrarySearch';
import { RelatedPassages } from './RelatedPassages';

// Opened by a click (or a drop), never on the first screen.
const ImportDialog = lazyNamed(() => import('../sources/ImportDialog'), 'ImportDialog');
const SourceViewer = lazyNamed(() => import('../sources/SourceViewer'), 'SourceViewer');
const PackImportDialog = lazyNamed(() => import('../sources/PackImportDialog'), 'PackImportDialog');
const PackExportDialog = lazyNamed(() => import('../sources/PackExportDialog'), 'PackExportDialog');

/** The library side panel: search, sources, import (button or drop), library packs and the source viewer. */
export function LibraryPanel({
  onUse,
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
  paragraph: { text: string; citedIds: string[] } | null;
  onNotice: (message: string) => void;
  onLibraryChanged: () => void;
}) {
  const [tab, setTab] = useState<'search' | 'related' | 'sources'>('search');
  const [version, setVersion] = useState(0);
  const [viewing, setViewing] = useState<{ sourceId: string; passageId: string | null } | null>(null);
  const [importing, setImporting] = useState<File[] | null>(null);
  const [packsIn, setPacksIn] = useState<File[] | null>(null);
  const [packOut, setPackOut] = useState<SourceSummary[] | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const packInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (openSource) setViewing(openSource);
  }, [openSource]);
  useEffect(() => {
    if (suggest) setTab('search');
  }, [suggest]);

  /** Material files go through the import preview, library packs are merged whole; each refused file is named. */
  const startImport = (files: File[], packs: File[] = []) => {
    const material = checkImportFiles(files);
    const pack = checkImportFiles(packs, PACK_OPEN);
    const problems = [...material.problems, ...pack.problems];
    if (problems.length) onNotice(problems.join(t('common.listSeparator')));
    if (material.accepted.length) setImporting(material.accepted.map((i) => files[i]!));
    if (pack.accepted.length) setPacksIn(pack.accepted.map((i) => packs[i]!));
  };
  // Dropped or picked as material: a library pack among the files is told by its name.
  const openFiles = (files: File[]) => {
    const { packs, others } = splitPackFiles(files);
    startImport(others, packs);
  };
  const changed = () => (setVersion((v) => v + 1), onLibraryChanged());
  const { dragging, dropProps } = useFileDrop(openFiles);

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
        <LibrarySearch version={version} preset={suggest} onUse={onUse} onViewSource={(p) => p.sources[0] && setViewing({ sourceId: p.sources[0].id, passageId: p.id })} />
      </div>
      {tab === 'related' && <RelatedPassages paragraph={paragraph} onUse={onUse} />}
      {tab === 'sources' && (
        <SourceList
          version={version}
          onOpen={(sourceId) => setViewing({ sourceId, passageId: null })}
          onImport={() => fileInput.current?.click()}
          onImportPack={() => packInput.current?.click()}
          onExportPack={setPackOut}
        />
      )}
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        accept={IMPORT_EXTENSIONS.join(',')}
        data-testid="import-file-input"
        onChange={(e) => {
          openFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <input
        ref={packInput}
        type="file"
        multiple
        hidden
        accept={PACK_EXTENSION}
        data-testid="pack-file-input"
        onChange={(e) => {
          startImport([], Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      {importing && (
        <OnDemand onClose={() => setImporting(null)}>
          <ImportDialog files={importing} onClose={() => setImporting(null)} onImported={changed} />
        </OnDemand>
      )}
      {packsIn && (
        <OnDemand onClose={() => setPacksIn(null)}>
          <PackImportDialog files={packsIn} onClose={() => setPacksIn(null)} onImported={changed} />
        </OnDemand>
      )}
      {packOut && (
        <OnDemand onClose={() => setPackOut(null)}>
          <PackExportDialog sources={packOut} onClose={() => setPackOut(null)} />
        </OnDemand>
      )}
      {viewing && (
        <OnDemand onClose={() => setViewing(null)}>
          <SourceViewer sourceId={viewing.sourceId} passageId={viewing.passageId} onClose={() => setViewing(null)} onChanged={changed} />
        </OnDemand>
      )}
    </section>
  );
}
