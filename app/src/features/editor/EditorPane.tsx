import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { EditorContent, useEditor } from '@tiptap/react';
import type { DocumentOptions, DocumentRecord } from '../../../../electron/shared/api/apiTypes';
import { TITLE_MAX } from '../../../../electron/shared/api/apiLimits';
import { t } from '../../../../electron/shared/i18n/translate';
import { countWords } from '../../../../electron/shared/text/countWords';
import { countDocument } from '../../../../electron/shared/text/countDocument';
import { useApi } from '../../api/apiContext';
import { createEditorExtensions } from '../../editor/createEditorExtensions';
import { refreshCitationTitles, type CitationNumbersStorage } from '../../editor/citationNumbers';
import { Footnotes } from '../footnotes/Footnotes';
import type { PassageCache } from '../passages/PassageCache';
import { usePassageSync } from '../passages/usePassageSync';
import { useCurrentParagraph } from './useCurrentParagraph';
import { editorStatus } from '../status/editorStatus';
import { Autosaver } from './Autosaver';
import { StagedContent, isStagedTransaction } from './StagedContent';
import { splitFirstScreen } from './splitFirstScreen';
import { blockJsonOf, hasBlockJson, serializeDoc } from './serializeDoc';
import { DraftPoster } from '../../api/DraftPoster';
import { registerPendingSave } from './pendingSave';
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
  onSaved: (id: string, wordCount: number) => void;
  /** A message for the writer about something that happened in the editor (a paste that was cut). */
  onNotice: (message: string) => void;
  onRename: (id: string, title: string) => void;
  /** 导出… of this document (also Ctrl+P). */
  onExport?: () => void;
}

const COUNT_DELAY_MS = 250;
/** The blocks are serialised for the autosave this long after the draft opens, PRIME_SLICE at a time while idle. */
const PRIME_DELAY_MS = 1000;
const PRIME_SLICE = 40;
/** While saving fails, the stash follows the text this long after the last keystroke. */
const STASH_DELAY_MS = 300;

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
  /** This document has edits in the stash that no acknowledged save has covered yet. */
  const stashed = useRef(false);
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
  // In the browser host the autosave is sent by a worker: the page only hands over the blocks.
  const poster = useMemo(() => DraftPoster.shared(), []);
  // Serialise the blocks once while the writer reads (and hand them to the save worker), a slice at a
  // time when the page is idle, so the first autosave is as cheap as the rest.
  useEffect(() => {
    let handle: number | null = null;
    const slice = (deadline: IdleDeadline) => {
      handle = null;
      if (editor.isDestroyed) return;
      const blocks: PmNode[] = [];
      editor.state.doc.forEach((block) => blocks.push(block));
      let done = false;
      while (!done && deadline.timeRemaining() > 2) {
        if (poster?.usable) done = poster.prime(blocks, blockJsonOf, PRIME_SLICE);
        else {
          const todo = blocks.filter((b) => !hasBlockJson(b)).slice(0, PRIME_SLICE);
          todo.forEach(blockJsonOf);
          done = todo.length < PRIME_SLICE;
        }
      }
      if (!done) handle = requestIdleCallback(slice, { timeout: 2000 });
    };
    const start = setTimeout(() => (handle = requestIdleCallback(slice, { timeout: 2000 })), PRIME_DELAY_MS);
    return () => {
      clearTimeout(start);
      if (handle !== null) cancelIdleCallback(handle);
    };
  }, [editor, poster]);

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

  // Set when the pane unmounts: the last save must not read an editor that is being destroyed.
  const frozen = useRef<string | null>(null);
  const saver = useMemo(
    () =>
      new Autosaver<string | PmNode>({
        // A save stores the whole draft: the stages not yet appended are appended first. The document
        // is immutable, so the snapshot is the document itself; it is serialised where it is sent.
        snapshot: () => frozen.current ?? (staged.finish(), editor.state.doc),
        isComposing: () => editor.view.composing,
        save: async (draft) => {
          // Not acknowledged (the host stopped, the disk is full…): the edits wait in the page.
          const keep = (content: string) => {
            stashed.current = true;
            void draftStash.put({ docId: doc.id, contentJson: content, baseVersion: version.current, stashedAt: Date.now() });
          };
          let result;
          if (poster?.usable && typeof draft !== 'string') {
            const blocks: PmNode[] = [];
            draft.forEach((block) => blocks.push(block));
            const outcome = await poster.save(doc.id, version.current, blocks, blockJsonOf);
            if (!outcome.ok) {
              keep(outcome.content || serializeDoc(draft));
              throw outcome.error;
            }
            result = outcome.result;
          } else {
            const content = typeof draft === 'string' ? draft : serializeDoc(draft);
            try {
              result = await api.saveDocument({ id: doc.id, contentJson: content, baseVersion: version.current });
            } catch (err) {
              keep(content);
              throw err;
            }
          }
          version.current = result.version;
          if (stashed.current) {
            stashed.current = false;
            void draftStash.remove(doc.id);
          }
          // The status bar's count is at most 250 ms behind the last edit; counting a long draft again
          // here would put that work on the main thread after every save.
          onSaved(doc.id, editorStatus.get().count?.words ?? countWords(editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n', '')).words);
        },
        onStatus: (save, error) => editorStatus.set({ save, saveError: error instanceof Error ? error.message : error ? String(error) : null }),
      }),
    // The saver belongs to this editor instance and document; both are fixed for this pane's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor, doc.id, staged, poster],
  );

  useEffect(() => {
    // As in Word: an opened draft has the caret at its start (ProseMirror's first selection), so the
    // writer can type at once; now, in the commit that shows it, unless they are typing in a field.
    const active = window.document.activeElement;
    const inField = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement || (active instanceof HTMLElement && active.isContentEditable);
    if (!inField) editor.view.focus();
    onEditorReady(editor);
    editorStatus.set({ save: 'saved', saveError: null });
    let countTimer: ReturnType<typeof setTimeout> | null = null;
    const recount = () => {
      const text = editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n', '');
      editorStatus.set({ count: countDocument(text) });
    };
    // Counting a long draft takes tens of milliseconds: not before the writer can start typing.
    countTimer = setTimeout(recount, COUNT_DELAY_MS);
    // While saves fail (the host is down) every pause in typing goes to the page's stash: the retry
    // comes only every few seconds, and a window closed meanwhile may never finish its last write.
    let stashTimer: ReturnType<typeof setTimeout> | null = null;
    const stashSoon = () => {
      if (stashTimer) clearTimeout(stashTimer);
      stashTimer = setTimeout(() => {
        stashTimer = null;
        if (editor.isDestroyed || !stashed.current) return;
        void draftStash.put({ docId: doc.id, contentJson: serializeDoc(editor.state.doc), baseVersion: version.current, stashedAt: Date.now() });
      }, STASH_DELAY_MS);
    };
    const onUpdate = ({ transaction }: { transaction: Transaction }) => {
      if (!transaction.docChanged) return;
      // Appending the stored draft's later blocks is no edit: nothing new to save.
      if (!isStagedTransaction(transaction)) saver.markDirty();
      // Since the last failed save nothing was acknowledged: the stash keeps up with the text.
      if (stashed.current) stashSoon();
      if (countTimer) clearTimeout(countTimer);
      countTimer = setTimeout(recount, COUNT_DELAY_MS);
    };
    editor.on('update', onUpdate);
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void saver.flush().catch(() => undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    const onHide = () => {
      if (window.document.visibilityState === 'hidden') void saver.flush().catch(() => undefined);
    };
    window.document.addEventListener('visibilitychange', onHide);
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!saver.hasUnsavedChanges) return;
      void saver.flush().catch(() => undefined);
      e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    // Closing the window or tab is a "close" of the document: keep its revision. What is not saved yet
    // goes to the page's stash now: the last save, sent as the page goes, may never be acknowledged.
    const onPageHide = () => {
      if (saver.hasUnsavedChanges || stashed.current) {
        staged.finish();
        void draftStash.put({ docId: doc.id, contentJson: serializeDoc(editor.state.doc), baseVersion: version.current, stashedAt: Date.now() });
      }
      void api.closeDocument({ id: doc.id }).catch(() => undefined);
    };
    window.addEventListener('pagehide', onPageHide);
    // Export reads the stored document: it first saves what is still waiting for the autosave.
    const unregisterSave = registerPendingSave(() => saver.flush());
    return () => {
      editor.off('update', onUpdate);
      window.removeEventListener('keydown', onKey);
      window.document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
      unregisterSave();
      if (countTimer) clearTimeout(countTimer);
      if (stashTimer) clearTimeout(stashTimer);
      onEditorReady(null);
      if (saver.hasUnsavedChanges) {
        staged.finish();
        frozen.current = serializeDoc(editor.state.doc);
      }
      void saver
        .flush()
        .catch(() => undefined)
        .then(() => api.closeDocument({ id: doc.id }))
        .catch(() => undefined);
      saver.dispose();
    };
  }, [api, doc.id, editor, onEditorReady, saver, staged]);

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
  }, [editor, doc.id, staged]);

  // The title box is as tall as its wrapped lines.
  const titleBox = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const box = titleBox.current;
    if (!box) return;
    box.style.height = 'auto';
    box.style.height = `${box.scrollHeight}px`;
  }, [title, locale]);

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
            ref={titleBox}
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
