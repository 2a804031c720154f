import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import type { DocumentOptions, DocumentRecord } from '../../../../electron/shared/api/apiTypes';
import { TITLE_MAX } from '../../../../electron/shared/api/apiLimits';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { createEditorExtensions } from '../../editor/createEditorExtensions';
import { refreshCitationTitles, type CitationNumbersStorage } from '../../editor/citationNumbers';
import { Footnotes } from '../footnotes/Footnotes';
import type { PassageCache } from '../passages/PassageCache';
import { usePassageSync } from '../passages/usePassageSync';
import { useCurrentParagraph } from './useCurrentParagraph';
import { editorStatus } from '../status/editorStatus';
import { StagedContent } from './StagedContent';
import { splitFirstScreen } from './splitFirstScreen';
import { serializeDoc } from './serializeDoc';
import { useAutosave } from './useAutosave';
import { useSaveShortcut } from './useSaveShortcut';
import { useWordCount } from './useWordCount';
import { draftStash } from './draftStash';
import { Toolbar } from './Toolbar';
import { useLocale } from '../locale/useLocale';
import { FindReplaceBar } from '../findReplace/FindReplaceBar';
import { lazyNamed } from '../lazy/lazyNamed';
import { OnDemand } from '../lazy/OnDemand';
import { describePasteCut } from './describePasteCut';

// Opened by a click, never on the first screen.
const CheckPanel = lazyNamed(() => import('../check/CheckPanel'), 'CheckPanel');
const RevisionDialog = lazyNamed(() => import('../revisions/RevisionDialog'), 'RevisionDialog');

export interface EditorPaneProps {
  document: DocumentRecord;
  cache: PassageCache;
  onCompare: (passageId: string, text: string) => void;
  /** A click on a citation: show its passage in its source (the original of a cited statement when the library has it). */
  onCitationClick?: (passageId: string, statement: string | null) => void;
  /** The paragraph under the cursor, reported a moment after the cursor stops moving. */
  onParagraph?: (paragraph: { text: string; citedIds: string[] }) => void;
  onEditorReady: (editor: Editor | null) => void;
  onSaved: (id: string, wordCount: number | null) => void;
  /** A message for the writer about something that happened in the editor (a paste that was cut). */
  onNotice: (message: string) => void;
  onRename: (id: string, title: string) => void;
  /** 导出… of this document (also Ctrl+P). */
  onExport?: () => void;
}


/** One mounted editor per open document (the parent keys it by id). */
export function EditorPane({ document: doc, cache, onCompare, onParagraph, onCitationClick, onEditorReady, onSaved, onRename, onExport, onNotice }: EditorPaneProps) {
  const citationClick = useRef(onCitationClick);
  citationClick.current = onCitationClick;
  const api = useApi();
  const version = useRef(doc.version);
  const [title, setTitle] = useState(doc.title);
  const [checking, setChecking] = useState(false);
  const [options, setOptions] = useState(doc.options);
  const [showRevisions, setShowRevisions] = useState(false);
  const [findRequest, setFindRequest] = useState(0);
  /** When the edits restored from the page's stash were made, while the notice about them shows. */
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  // Only what changed is sent: other settings (the layout, set in the export dialog) are not overwritten.
  const changeOptions = (next: DocumentOptions) => {
    setOptions(next);
    const changed = Object.fromEntries(Object.entries(next).filter(([k, v]) => options[k as keyof DocumentOptions] !== v)) as Partial<DocumentOptions>;
    void api.setDocumentOptions({ id: doc.id, ...changed }).catch(() => setOptions(options));
  };
  const changeOptionsRef = useRef(changeOptions);
  changeOptionsRef.current = changeOptions;
  const notice = useRef(onNotice);
  notice.current = onNotice;
  const extensions = useMemo(() => createEditorExtensions({ placeholder: () => t('editor.placeholder'), onPasteCut: (cut) => notice.current(describePasteCut(cut)) }), []);
  // A long draft mounts its first screen now and the rest a stage at a time once that is painted.
  const [parts] = useState(() => splitFirstScreen(doc.content));

  const editor = useEditor({
    extensions,
    // The marks are drawn in the document's note style from the first frame.
    onBeforeCreate: ({ editor: created }) => {
      (created.storage as unknown as { citationNumbers: CitationNumbersStorage }).citationNumbers.style = doc.options.notes;
    },
    content: parts.first as unknown as object,
    // TipTap's Delete extension replays every transaction's steps on the previous document to report
    // deletions (its 'delete' event); nothing here listens, and in a 1,000-block draft the replay
    // copied the block list once more per keystroke.
    enableCoreExtensions: { delete: false },
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: 'prose', spellcheck: 'false', 'data-testid': 'editor', lang: 'zh-CN' },
      handleClickOn: (_view, _pos, node) => {
        if (node.type.name !== 'citation') return false;
        citationClick.current?.(node.attrs.passageId as string, (node.attrs.statement as string | null) ?? null);
        return false;
      },
    },
  });

  // EditorContent (a child) has put the document's text into the DOM by now: the mark that opening
  // a document is measured by (npm run bench).
  useLayoutEffect(() => {
    performance.clearMarks('document-shown');
    performance.clearMarks('document-complete');
    performance.mark('document-shown');
  }, [doc.id]);
  const staged = useMemo(
    () =>
      new StagedContent(editor, parts.rest, () => {
        performance.clearMarks('document-complete');
        performance.mark('document-complete');
      }),
    [editor, parts],
  );
  useEffect(() => {
    staged.start();
    // Anything but typing and clicking in the text may read or change the whole draft (find and
    // replace, the check, export, the outline, a shortcut): the rest is appended first.
    const outside = (e: Event) => {
      if (staged.pending && !(e.target instanceof Node && editor.view.dom.contains(e.target))) staged.finish();
    };
    const shortcut = (e: KeyboardEvent) => {
      if (staged.pending && (e.ctrlKey || e.metaKey || e.altKey)) staged.finish();
    };
    window.addEventListener('mousedown', outside, true);
    window.addEventListener('keydown', shortcut, true);
    return () => {
      window.removeEventListener('mousedown', outside, true);
      window.removeEventListener('keydown', shortcut, true);
      staged.stop();
    };
  }, [editor, staged]);

  const { saver, stashed } = useAutosave({ api, editor, docId: doc.id, version, staged, onSaved });
  useSaveShortcut(saver);
  useWordCount(editor);
  useEffect(() => {
    // As in Word: an opened draft has the caret at its start (ProseMirror's first selection), so the
    // writer can type at once, unless they are typing in a field. Focusing lays the page out: done
    // after this commit's other effects and the renders they cause (a microtask still runs before any
    // key is handled), that layout is the page's last before its first frame, not one the frame redoes.
    let live = true;
    queueMicrotask(() => {
      if (!live || editor.isDestroyed) return;
      const active = window.document.activeElement;
      const inField = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement || (active instanceof HTMLElement && active.isContentEditable);
      // The element's own focus, without scrolling: ProseMirror's view.focus() measures every scrolled
      // ancestor first (a full layout, 20–30 ms on a cold page) to put them back should the browser
      // scroll. Its focus handler then brings the DOM selection to the editor's (at the start, where
      // a focused editable puts it anyway).
      if (!inField) editor.view.dom.focus({ preventScroll: true });
      // Focused, its listeners (autosave, 字数) in place: a keystroke from now on lands and is kept (npm run bench).
      performance.clearMarks('editor-ready');
      performance.mark('editor-ready');
    });
    onEditorReady(editor);
    return () => {
      live = false;
      onEditorReady(null);
    };
  }, [editor, onEditorReady]);

  // The status bar shows progress towards this document's 字数 goal and lets the word-count dialog set it.
  const optionsRef = useRef(options);
  optionsRef.current = options;
  useEffect(() => {
    editorStatus.set({ goal: options.wordGoal ?? null, setGoal: (wordGoal) => changeOptionsRef.current({ ...optionsRef.current, wordGoal }) });
  }, [options.wordGoal]);
  useEffect(() => () => editorStatus.set({ goal: null, setGoal: null, count: null }), []);

  // The placeholder is a decoration: an empty transaction redraws it in a newly chosen language.
  const locale = useLocale();
  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta('addToHistory', false));
  }, [editor, locale]);

  usePassageSync(editor, cache, onCompare, options.edition);
  useEffect(() => {
    const numbers = (editor.storage as unknown as { citationNumbers: CitationNumbersStorage }).citationNumbers;
    if (numbers.style === options.notes || editor.isDestroyed) return;
    numbers.style = options.notes;
    refreshCitationTitles(editor);
  }, [editor, options.notes]);
  useCurrentParagraph(editor, onParagraph);

  // Edits the services never acknowledged (the host stopped while the writer typed): back in the
  // editor as one undoable step, saved by the autosave, with a notice saying so.
  useEffect(() => {
    let live = true;
    void draftStash.get(doc.id).then((stash) => {
      if (!live || !stash || editor.isDestroyed) return;
      staged.finish();
      if (stash.contentJson === serializeDoc(editor.state.doc)) return void draftStash.remove(doc.id);
      stashed.current = true;
      editor.commands.setContent(JSON.parse(stash.contentJson) as object, { emitUpdate: true });
      setRestoredAt(stash.stashedAt);
    });
    return () => {
      live = false;
    };
  }, [editor, doc.id, staged, stashed]);

  const commitTitle = () => {
    if (title !== doc.title) onRename(doc.id, title);
  };

  return (
    <div className="editor-pane">
      <Toolbar
        editor={editor}
        extra={
          <>
            <button type="button" className="tool" data-testid="open-find" title={t('find.open')} onMouseDown={(e) => e.preventDefault()} onClick={() => setFindRequest((n) => n + 1)}>
              {t('find.toolbarLabel')}
            </button>
            <button type="button" className="tool" data-testid="open-revisions" onMouseDown={(e) => e.preventDefault()} onClick={() => setShowRevisions(true)}>
              {t('revisions.open')}
            </button>
            {onExport && (
              <button type="button" className="tool" data-testid="toolbar-export" title={t('export.openHelp')} onMouseDown={(e) => e.preventDefault()} onClick={onExport}>
                {t('export.open')}
              </button>
            )}
            <button type="button" className={`tool check-toggle${checking ? ' active' : ''}`} data-testid="check-open" title={t('check.openHelp')} aria-pressed={checking} onMouseDown={(e) => e.preventDefault()} onClick={() => setChecking((c) => !c)}>
              {t('check.open')}
            </button>
          </>
        }
      />
      {showRevisions && (
        <OnDemand onClose={() => setShowRevisions(false)}>
          <RevisionDialog
            documentId={doc.id}
            editor={editor}
            flush={() => saver.flush()}
            baseVersion={() => version.current}
            onClose={() => setShowRevisions(false)}
            onRestored={(restored) => {
              setShowRevisions(false);
              version.current = restored.version;
              // An editor step of its own: Ctrl+Z brings the text from before the restore back too.
              editor.chain().focus().setContent(restored.content as unknown as object, { emitUpdate: true }).run();
            }}
          />
        </OnDemand>
      )}
      {restoredAt !== null && (
        <div className="editor-notice" role="status" data-testid="restored-notice">
          <span>{t('editor.restoredUnsaved', { time: new Date(restoredAt).toLocaleString(locale, { hour12: false }) })}</span>
          <button type="button" className="link-button" onClick={() => setRestoredAt(null)} aria-label={t('notice.close')}>
            ×
          </button>
        </div>
      )}
      <FindReplaceBar editor={editor} request={findRequest} />
      {checking && (
        <OnDemand onClose={() => setChecking(false)}>
          <CheckPanel editor={editor} title={title} documentId={doc.id} onClose={() => setChecking(false)} />
        </OnDemand>
      )}
      <div className="page-scroll">
        <article className="page">
          {/* A long title wraps as it will on paper; Shift+Enter breaks its line (the export keeps the break), Enter goes to the text. */}
          <textarea
            className="title-input"
            data-testid="title-input"
            rows={1}
            placeholder={t('editor.titlePlaceholder')}
            value={title}
            maxLength={TITLE_MAX}
            onChange={(e) => setTitle(e.target.value)}
            onBlur={commitTitle}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                commitTitle();
                editor.commands.focus('start');
              }
            }}
          />
          <EditorContent editor={editor} />
          <Footnotes editor={editor} cache={cache} options={options} onOptions={changeOptions} />
        </article>
      </div>
    </div>
  );
}
