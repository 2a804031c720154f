import { useEffect, useRef, useState } from 'react';
import type { PassageInfo, PassageQuote, SourceSummary } from '../../../../electron/shared/api/apiTypes';
import { PACK_EXTENSION } from '../../../../electron/shared/api/packTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { lazyNamed } from '../lazy/lazyNamed';
import { OnDemand } from '../lazy/OnDemand';
import { useAppCommand } from '../commands/useAppCommand';
import { chooseFiles } from '../desktop/chooseFiles';
import { checkImportFiles, IMPORT_EXTENSIONS } from '../sources/checkImportFiles';
import { collectDroppedFiles, pickedFiles, type PickedFile } from '../sources/collectDroppedFiles';
import type { SourceFacts } from '../sources/ImportDialog';
import { SourceList } from '../sources/SourceList';
import { PACK_OPEN, splitPackFiles } from '../sources/splitPackFiles';
import { useFileDrop } from '../sources/useFileDrop';
import { LibrarySearch, type LibraryPreset } from './LibrarySearch';
import { RelatedPassages } from './RelatedPassages';

// Opened by a click (or a drop), never on the first screen.
const ImportDialog = lazyNamed(() => import('../sources/ImportDialog'), 'ImportDialog');
const SourceViewer = lazyNamed(() => import('../sources/SourceViewer'), 'SourceViewer');
const PasteSourceDialog = lazyNamed(() => import('../sources/PasteSourceDialog'), 'PasteSourceDialog');
const PackImportDialog = lazyNamed(() => import('../sources/PackImportDialog'), 'PackImportDialog');
const PackExportDialog = lazyNamed(() => import('../sources/PackExportDialog'), 'PackExportDialog');

interface Importing {
  files: PickedFile[];
  skipped: number;
  preset?: Partial<SourceFacts>;
}

/** The library side panel: search, sources, import (button or drop), library packs and the source viewer. */
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
  const [importing, setImporting] = useState<Importing | null>(null);
  const [pasting, setPasting] = useState(false);
  const [packsIn, setPacksIn] = useState<File[] | null>(null);
  const [packOut, setPackOut] = useState<SourceSummary[] | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const packInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (openSource) setViewing(openSource);
  }, [openSource]);
  useEffect(() => {
    if (suggest) setTab('search');
  }, [suggest]);

  /** Material goes through the import preview; library packs (told by their name) are merged whole. Each refused file is named. */
  const startImport = (picked: PickedFile[], preset?: Partial<SourceFacts>) => {
    const { packs, others: files } = splitPackFiles(picked, (f) => f.file.name);
    const { accepted, problems, skipped } = checkImportFiles(files.map((f) => ({ name: f.file.name, size: f.file.size, path: f.path })));
    const pack = openPacks(packs.map((p) => p.file));
    if (problems.length || pack.problems.length) onNotice([...problems, ...pack.problems].join(t('common.listSeparator')));
    if (accepted.length) setImporting({ files: accepted.map((i) => files[i]!), skipped, preset });
    else if (skipped > 0 && problems.length === 0 && packs.length === 0) onNotice(t('import.nothingInFolder', { n: skipped }));
  };
  /** Opens the pack import for the packs it accepts; returns the messages of those it refuses. */
  const openPacks = (packs: File[]): { problems: string[] } => {
    const { accepted, problems } = checkImportFiles(packs, PACK_OPEN);
    if (accepted.length) setPacksIn(accepted.map((i) => packs[i]!));
    return { problems };
  };
  const reportError = (err: unknown) => onNotice(err instanceof Error ? err.message : String(err));
  /** 导入文件 and 导入材料包: the desktop app's native dialog, or the page's own file input. */
  const chooseSources = () => void chooseFiles('sources', fileInput.current, (files) => startImport(files.map((file) => ({ file, path: file.name }))), onNotice).catch(reportError);
  const choosePacks = () =>
    void chooseFiles('packs', packInput.current, (files) => {
      const { problems } = openPacks(files);
      if (problems.length) onNotice(problems.join(t('common.listSeparator')));
    }, onNotice).catch(reportError);
  // Ctrl+K from anywhere, and 编辑 → 搜索素材库 in the desktop menu: the search tab, the cursor in its box
  // (from the sources or related tab too, where the box is hidden).
  const [searchFocus, setSearchFocus] = useState(0);
  const focusSearch = () => {
    setTab('search');
    setSearchFocus((n) => n + 1);
  };
  useAppCommand('searchLibrary', focusSearch);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setTab('search');
        setSearchFocus((n) => n + 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // 文件 → 导入素材 in the desktop menu: the same file chooser as the sources tab's 导入文件.
  useAppCommand('importSources', () => {
    setTab('sources');
    chooseSources();
  });
  const changed = () => (setVersion((v) => v + 1), onLibraryChanged());
  const { dragging, dropProps } = useFileDrop((data) => {
    collectDroppedFiles(data).then(
      (files) => startImport(files),
      (err: unknown) => onNotice(err instanceof Error ? err.message : String(err)),
    );
  });

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
        <LibrarySearch version={version} preset={suggest} focusRequest={searchFocus} onUse={onUse} onCiteQuote={onCiteQuote} onViewSource={(p) => p.sources[0] && setViewing({ sourceId: p.sources[0].id, passageId: p.id })} />
      </div>
      {tab === 'related' && <RelatedPassages paragraph={paragraph} onUse={onUse} />}
      {tab === 'sources' && (
        <SourceList
          version={version}
          onOpen={(sourceId) => setViewing({ sourceId, passageId: null })}
          onImport={(how) => (how === 'paste' ? setPasting(true) : how === 'files' ? chooseSources() : how === 'pack' ? choosePacks() : folderInput.current?.click())}
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
          startImport(pickedFiles(e.target.files));
          e.target.value = '';
        }}
      />
      <input
        ref={(el) => {
          folderInput.current = el;
          // A folder picker: not in React's typings, so set as the attribute it is.
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        hidden
        data-testid="import-folder-input"
        onChange={(e) => {
          startImport(pickedFiles(e.target.files));
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
          const { problems } = openPacks(Array.from(e.target.files ?? []));
          if (problems.length) onNotice(problems.join(t('common.listSeparator')));
          e.target.value = '';
        }}
      />
      {pasting && (
        <OnDemand onClose={() => setPasting(false)}>
          <PasteSourceDialog onClose={() => setPasting(false)} onNext={(files, facts) => (setPasting(false), startImport(files, facts))} />
        </OnDemand>
      )}
      {importing && (
        <OnDemand onClose={() => setImporting(null)}>
          <ImportDialog files={importing.files} skipped={importing.skipped} preset={importing.preset} onClose={() => setImporting(null)} onImported={changed} />
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
