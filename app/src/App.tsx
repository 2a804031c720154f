import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { DocumentRecord, DocumentSummary, PassageInfo, PassageQuote } from '../../electron/shared/api/apiTypes';
import { bestSource } from '../../electron/shared/citations/bestSource';
import { quoteOf } from '../../electron/shared/citations/resolveCitation';
import { describeError } from '../../electron/shared/api/describeError';
import { t } from '../../electron/shared/i18n/translate';
import { useApi } from './api/apiContext';
import { useNotices } from './features/notices/useNotices';
import { useLocale } from './features/locale/useLocale';
import { DocumentList } from './features/documents/DocumentList';
import { useOpenDrafts } from './features/documents/useOpenDrafts';
import { EditorPane } from './features/editor/EditorPane';
import { LibraryPanel } from './features/library/LibraryPanel';
import { PassageCache } from './features/passages/PassageCache';
import { todayIso } from './features/passages/todayIso';
import { ResizableColumns } from './features/layout/ResizableColumns';
import { StatusBar } from './features/status/StatusBar';
import { isRefusedData } from './features/backups/isRefusedData';
import { WritingAidsColumn } from './features/outline/WritingAidsColumn';
import type { LibraryPreset } from './features/library/LibrarySearch';
import type { StartupData } from './features/startup/prefetchStartup';
import { lazyNamed } from './features/lazy/lazyNamed';
import { OnDemand } from './features/lazy/OnDemand';
import type { AppDialog } from './features/dialogs/AppDialog';
import { useAppCommand } from './features/commands/useAppCommand';

// Not on the first screen: each loads when first opened.
const ExportDialog = lazyNamed(() => import('./features/export/ExportDialog'), 'ExportDialog');
const ComparePassage = lazyNamed(() => import('./features/passages/ComparePassage'), 'ComparePassage');
const LocaliseDialog = lazyNamed(() => import('./features/passages/LocaliseDialog'), 'LocaliseDialog');
const ProfileDialog = lazyNamed(() => import('./features/settings/ProfileDialog'), 'ProfileDialog');
const BackupDialog = lazyNamed(() => import('./features/backups/BackupDialog'), 'BackupDialog');
const RecoveryScreen = lazyNamed(() => import('./features/backups/RecoveryScreen'), 'RecoveryScreen');
const TemplateChooser = lazyNamed(() => import('./features/templates/TemplateChooser'), 'TemplateChooser');
const EssayQuoteDialog = lazyNamed(() => import('./features/library/EssayQuoteDialog'), 'EssayQuoteDialog');

/** How often the window asks whether the last daily backup failed (the first one runs just after start). */
const BACKUP_NOTICE_CHECK_MS = 2 * 60 * 1000;

export function App({ takeStartup }: { takeStartup?: () => StartupData | null } = {}) {
  const api = useApi();
  // The data asked for before the first render, used by the first mount only (takeStartup hands it out once).
  const [startup] = useState(() => takeStartup?.() ?? null);
  const boot = useRef(startup);
  const [documents, setDocuments] = useState<DocumentSummary[]>(() => startup?.ready?.documents ?? []);
  const [trash, setTrash] = useState<DocumentSummary[]>(() => startup?.ready?.trash ?? []);
  const [current, setCurrent] = useState<DocumentRecord | null>(() => startup?.ready?.first ?? null);
  const locale = useLocale();
  const { notice, notify } = useNotices(current?.id ?? null, locale);
  const setNotice = notify;
  const editorRef = useRef<Editor | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [dialog, setDialog] = useState<AppDialog | null>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const [suggest, setSuggest] = useState<LibraryPreset | null>(null);
  const cache = useMemo(() => new PassageCache(api), [api]);
  const [openRequest, setOpenRequest] = useState(0);
  // user.db refused (damaged or newer): the recovery screen replaces the editor.
  const [refused, setRefused] = useState<string | null>(null);
  const [openSource, setOpenSource] = useState<{ sourceId: string; passageId: string } | null>(null);
  const onCitationClick = useCallback(
    (passageId: string, statement: string | null) => {
      const passage = cache.get(passageId);
      const original = passage && statement ? quoteOf(passage, statement)?.original : null;
      if (original) return setOpenSource({ sourceId: original.source.id, passageId: original.passageId });
      const sourceId = passage ? bestSource(passage.sources)?.id : undefined;
      if (sourceId) setOpenSource({ sourceId, passageId });
    },
    [cache],
  );
  const [paragraph, setParagraph] = useState<{ text: string; citedIds: string[] } | null>(null);
  const onCompare = useCallback(
    (passageId: string, rewrite: string) => {
      const p = cache.get(passageId);
      if (p) setDialog({ kind: 'compare', source: p.text, rewrite });
    },
    [cache],
  );

  const report = useCallback((err: unknown) => setNotice(err instanceof Error ? err.message : String(err)), [setNotice]);

  const refresh = useCallback(async () => {
    const [docs, trashed] = await Promise.all([api.listDocuments({}), api.listTrash({})]);
    setDocuments(docs);
    setTrash(trashed);
    return docs;
  }, [api]);

  const show = useCallback((doc: DocumentRecord) => {
    setCurrent(doc);
    const url = new URL(window.location.href);
    url.hash = `doc=${doc.id}`;
    window.history.replaceState(null, '', url);
  }, []);

  const open = useCallback(
    async (id: string) => {
      try {
        show(await api.getDocument({ id }));
      } catch (err) {
        report(err);
      }
    },
    [api, report, show],
  );

  const openDrafts = useOpenDrafts(
    useCallback((doc: DocumentRecord) => void refresh().then(() => open(doc.id)), [open, refresh]),
    setNotice,
  );

  useEffect(() => {
    const prefetched = boot.current;
    boot.current = null;
    const fail = (err: unknown) => (isRefusedData(err) ? setRefused(err.message) : report(err));
    if (prefetched?.ready) {
      // Already on the first screen: only the address is brought in line with it.
      if (prefetched.ready.first) show(prefetched.ready.first);
      return;
    }
    if (prefetched) {
      Promise.all([prefetched.documents, prefetched.trash, prefetched.first])
        .then(([docs, trashed, first]) => {
          setDocuments(docs);
          setTrash(trashed);
          if (first) show(first);
        })
        .catch(fail);
      return;
    }
    refresh()
      .then((docs) => {
        const fromHash = /doc=([\w-]+)/.exec(window.location.hash)?.[1];
        const target = docs.find((d) => d.id === fromHash) ?? docs[0];
        if (target) void open(target.id);
      })
      .catch(fail);
  }, [open, refresh, report, show]);

  useEffect(() => {
    // A read-only data folder is said at once, not first by a failed save; a daily backup that failed
    // (it is tried again) is said when it is known, so the writer does not believe a copy exists.
    let said: string | null = null;
    const ask = (first: boolean) =>
      api.getAppInfo({}).then(
        (info) => {
          if (first && info.dataReadOnly) return setNotice(t('notice.dataReadOnly'));
          const failure = info.backupFailure;
          if (failure && failure.code !== said) setNotice(t('notice.backupFailed', { reason: describeError(failure) }));
          said = failure?.code ?? null;
        },
        // The start-up calls already say when the services cannot be reached.
        () => undefined,
      );
    void ask(true);
    const timer = window.setInterval(() => void ask(false), BACKUP_NOTICE_CHECK_MS);
    return () => window.clearInterval(timer);
  }, [api, setNotice]);

  const create = async () => {
    try {
      const doc = await api.createDocument({});
      await refresh();
      setCurrent(doc);
    } catch (err) {
      report(err);
    }
  };

  const rename = async (id: string, title: string) => {
    try {
      await api.renameDocument({ id, title });
      await refresh();
    } catch (err) {
      report(err);
    }
  };

  const moveToTrash = async (id: string) => {
    try {
      if (current?.id === id) setCurrent(null);
      await api.trashDocument({ id });
      await refresh();
    } catch (err) {
      report(err);
    }
  };

  const onSaved = useCallback((id: string, wordCount: number | null) => {
    setDocuments((docs) => docs.map((d) => (d.id === id ? { ...d, wordCount: wordCount ?? d.wordCount, updatedAt: new Date().toISOString() } : d)));
  }, []);

  const onEditorReady = useCallback((editor: Editor | null) => {
    editorRef.current = editor;
    setEditor(editor);
  }, []);

  const insertPassage = (passage: PassageInfo, how: 'quote' | 'adapt' | 'seeAlso', confirmed = false) => {
    const editor = editorRef.current;
    if (!editor) return setNotice(t('editor.noDocument'), 'info');
    // Someone else's essay is normally adapted, not footnoted: ask before quoting it.
    if (how === 'quote' && !confirmed && (bestSource(passage.sources)?.kind ?? '参考范文') === '参考范文') return setDialog({ kind: 'essayQuote', passage });
    cache.put(passage);
    const citedOn = todayIso();
    const chain = editor.chain().focus();
    if (how === 'quote') chain.quotePassage({ passageId: passage.id, text: passage.text, citedOn }).run();
    else if (how === 'adapt') {
      chain.adaptPassage({ passageId: passage.id, text: passage.text, citedOn }).run();
      // The gazetteer lives in the service process (loaded there on first use), not in this bundle.
      api.detectLocalNames({ text: passage.text }).then(
        // Offered unless the writer has opened another dialog meanwhile; without the names the adaptation simply stays as inserted.
        (names) => names.length > 0 && setDialog((open) => open ?? { kind: 'localise', passageId: passage.id, names }),
        (err: unknown) => setNotice(t('localise.unavailable', { message: err instanceof Error ? err.message : String(err) }), 'info'),
      );
    }
    else chain.seeAlsoPassage({ passageId: passage.id, citedOn }).run();
  };

  // As in Word and WPS: Ctrl+N a new document, Ctrl+O 打开, Ctrl+P the document's print and export
  // (导出 offers PDF), not the browser printing the app itself.
  const hasDocument = current !== null;
  const createRef = useRef(create);
  createRef.current = create;
  const startExport = useCallback(() => {
    if (hasDocument) setDialog({ kind: 'export' });
    else setNotice(t('editor.noDocument'), 'info');
  }, [hasDocument, setNotice]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.isComposing) return;
      const key = e.key.toLowerCase();
      if (key === 'p') {
        e.preventDefault();
        startExport();
      } else if (key === 'n') {
        e.preventDefault();
        void createRef.current();
      } else if (key === 'o') {
        e.preventDefault();
        setOpenRequest((n) => n + 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [startExport]);
  // The desktop menu's 文件 commands: the same handlers as the shortcuts and buttons.
  useAppCommand('newDocument', () => void createRef.current());
  useAppCommand('openDraft', () => setOpenRequest((n) => n + 1));
  useAppCommand('export', startExport);
  useAppCommand('settings', () => setDialog({ kind: 'profile' }));

  /**
   * Cites a statement quoted inside a passage (or a document it names): the note cites the original
   * when the library has it and is a 转引 of this passage otherwise (resolveCitation decides, then and
   * whenever the original is imported later).
   */
  const citeQuote = (passage: PassageInfo, quote: PassageQuote) => {
    const editor = editorRef.current;
    if (!editor) return setNotice(t('editor.noDocument'), 'info');
    cache.put(passage);
    const citedOn = todayIso();
    if (quote.type === 'title') {
      const statement = `《${quote.text}》`;
      editor.chain().focus().insertContent(statement).seeAlsoPassage({ passageId: passage.id, citedOn, statement }).run();
    } else editor.chain().focus().quotePassage({ passageId: passage.id, text: quote.text, citedOn, mode: 'inline', statement: quote.text }).run();
  };

  /** The open dialog, each kind with its own props (the switch names every kind: lint checks it). */
  const renderDialog = (open: AppDialog) => {
    switch (open.kind) {
      case 'profile':
        return <ProfileDialog onClose={closeDialog} onBackups={() => setDialog({ kind: 'backups' })} />;
      case 'backups':
        return <BackupDialog onClose={closeDialog} />;
      case 'export':
        return current ? (
          <ExportDialog
            documentId={current.id}
            format={current.options.format}
            editor={editorRef.current}
            onFormat={(format) => setCurrent((doc) => (doc && doc.id === current.id ? { ...doc, options: { ...doc.options, format } } : doc))}
            onClose={closeDialog}
          />
        ) : null;
      case 'template':
        return (
          <TemplateChooser
            onClose={closeDialog}
            onCreated={(doc) => {
              closeDialog();
              refresh().then(() => setCurrent(doc), report);
            }}
          />
        );
      case 'localise':
        return (
          <LocaliseDialog
            names={open.names}
            onClose={closeDialog}
            onNotice={setNotice}
            onApply={(replacements) => {
              editorRef.current?.chain().focus().localiseAdaptation({ passageId: open.passageId, replacements }).run();
              closeDialog();
            }}
          />
        );
      case 'essayQuote':
        return (
          <EssayQuoteDialog
            passage={open.passage}
            onAdapt={() => (closeDialog(), insertPassage(open.passage, 'adapt'))}
            onCite={() => (closeDialog(), insertPassage(open.passage, 'quote', true))}
            onCiteQuote={(q) => (closeDialog(), citeQuote(open.passage, q))}
            onClose={closeDialog}
          />
        );
      case 'compare':
        return <ComparePassage source={open.source} rewrite={open.rewrite} onClose={closeDialog} />;
    }
  };

  if (refused)
    return (
      <OnDemand>
        <RecoveryScreen reason={refused} />
      </OnDemand>
    );

  return (
    <div className="app">
      {notice && (
        <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice" data-kind={notice.kind}>
          <span>{notice.text}</span>
          <button type="button" className="link-button" onClick={() => setNotice(null)} aria-label={t('notice.close')}>
            ×
          </button>
        </div>
      )}
      <ResizableColumns
        left={
          <>
            <DocumentList
              documents={documents}
              trash={trash}
              selectedId={current?.id ?? null}
              onSelect={(id) => void open(id)}
              onCreate={() => void create()}
              onCreateFromTemplate={() => setDialog({ kind: 'template' })}
              onRename={(id, title) => void rename(id, title)}
              onTrash={(id) => void moveToTrash(id)}
              onRestore={(id) => void api.restoreDocument({ id }).then(refresh).catch(report)}
              onDeleteForever={(id) => void api.deleteDocumentForever({ id }).then(refresh).catch(report)}
              onSettings={() => setDialog({ kind: 'profile' })}
              onOpenFiles={(files) => void openDrafts(files)}
              onExport={current ? () => setDialog({ kind: 'export' }) : undefined}
              openRequest={openRequest}
              onNotice={(text) => setNotice(text)}
            />
            <WritingAidsColumn editor={editor} templateId={current?.options.templateId ?? null} onSuggest={(s) => setSuggest((prev) => ({ ...s, seq: (prev?.seq ?? 0) + 1 }))} />
          </>
        }
        center={
          current ? (
            <EditorPane
              key={current.id}
              document={current}
              cache={cache}
              onCompare={onCompare}
              onParagraph={setParagraph}
              onCitationClick={onCitationClick}
              onEditorReady={onEditorReady}
              onSaved={onSaved}
              onRename={(id, title) => void rename(id, title)}
              onExport={() => setDialog({ kind: 'export' })}
              onNotice={setNotice}
            />
          ) : (
            <div className="empty-editor">{t('editor.noDocument')}</div>
          )
        }
        right={
          <LibraryPanel
            onUse={(p, how) => insertPassage(p, how)}
            onCiteQuote={citeQuote}
            onNotice={setNotice}
            onLibraryChanged={() => cache.refresh()}
            paragraph={paragraph}
            openSource={openSource}
            suggest={suggest}
          />
        }
      />
      {dialog && <OnDemand onClose={closeDialog}>{renderDialog(dialog)}</OnDemand>}
      <StatusBar />
    </div>
  );
}
