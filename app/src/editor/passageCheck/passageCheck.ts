import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { t } from '../../../../electron/shared/i18n/translate';
import { sameQuoteMarks } from '../../../../electron/shared/text/nestQuotes';
import { rewriteDegree } from '../../../../electron/shared/text/rewriteDegree';
import { passageAsInserted } from '../../../../electron/shared/text/passageAsInserted';
import { findPassageRuns, type PassageRun } from './findPassageRuns';

export interface PassageCheckStorage {
  /** Passage texts by id, filled by the app as it loads the passages a document cites. */
  texts: Map<string, string>;
  /** Opens the side-by-side comparison of an adaptation and its passage. */
  onCompare: ((passageId: string, text: string) => void) | null;
}

export interface RunStatus {
  run: PassageRun;
  /** quoted: the words are no longer (part of) the passage. */
  modified: boolean;
  /** adapted: 改写度 0..1. */
  degree: number | null;
}

interface CheckState {
  decorations: DecorationSet;
  statuses: RunStatus[];
  /** Bumped when passage texts arrive, so the view knows to check again. */
  refresh: number;
}

export const passageCheckKey = new PluginKey<CheckState>('passageCheck');
const REFRESH = 'passageCheckRefresh';

/** How long after the last change the check runs: typing never waits for it. */
export const CHECK_DELAY_MS = 200;

export function checkRuns(runs: PassageRun[], texts: Map<string, string>): RunStatus[] {
  return runs.map((run) => {
    const source = texts.get(run.passageId);
    if (source === undefined) return { run, modified: false, degree: null };
    // Quoting part of a passage word for word (the check's "cite this span", or the passage without its
    // list number) is not a change, nor are its quotation marks nested one level down inside the
    // writer's “ ” (GB/T 15834).
    if (run.type === 'quoted') return { run, modified: !sameQuoteMarks(source).includes(sameQuoteMarks(run.text)), degree: null };
    // Against the passage as inserted (without its "5、"): an adaptation just made is 0% rewritten.
    return { run, modified: false, degree: rewriteDegree(passageAsInserted(source, run.text), run.text) };
  });
}

function decorate(editor: Editor, doc: Parameters<typeof DecorationSet.create>[0], statuses: RunStatus[], storage: PassageCheckStorage): DecorationSet {
  const decos: Decoration[] = [];
  for (const s of statuses) {
    const { run } = s;
    if (run.type === 'quoted' && s.modified) {
      decos.push(Decoration.inline(run.from, run.to, { class: 'quote-modified' }));
      decos.push(
        Decoration.widget(run.to, () => warningWidget(editor, run, storage), { key: `qw-${run.from}-${run.to}-${run.passageId}`, side: 1 }),
      );
    }
    if (run.type === 'adapted' && s.degree !== null) {
      const percent = Math.round(s.degree * 100);
      decos.push(Decoration.widget(run.to, () => degreeBadge(run, percent, storage), { key: `rd-${run.from}-${percent}-${run.passageId}`, side: 1 }));
    }
  }
  return DecorationSet.create(doc, decos);
}

function warningWidget(editor: Editor, run: PassageRun, storage: PassageCheckStorage): HTMLElement {
  const box = document.createElement('span');
  box.className = 'quote-warning';
  box.contentEditable = 'false';
  box.dataset.testid = 'quote-warning';
  box.textContent = t('passage.quoteModified');
  const restore = document.createElement('button');
  restore.type = 'button';
  restore.textContent = t('passage.restore');
  restore.addEventListener('mousedown', (e) => e.preventDefault());
  restore.addEventListener('click', () => {
    const text = storage.texts.get(run.passageId);
    const current = findPassageRuns(editor.state.doc).find((r) => r.from === run.from && r.passageId === run.passageId);
    // The writer goes on typing in the editor, not on the button.
    if (text !== undefined && current) editor.chain().focus().restoreQuote({ from: current.from, to: current.to, passageId: run.passageId, text }).run();
  });
  const adapt = document.createElement('button');
  adapt.type = 'button';
  adapt.textContent = t('passage.toAdaptation');
  adapt.addEventListener('mousedown', (e) => e.preventDefault());
  adapt.addEventListener('click', () => {
    const current = findPassageRuns(editor.state.doc).find((r) => r.from === run.from && r.passageId === run.passageId);
    if (current) editor.chain().focus().quoteToAdaptation({ from: current.from, to: current.to, passageId: run.passageId }).run();
  });
  box.append(restore, adapt);
  return box;
}

function degreeBadge(run: PassageRun, percent: number, storage: PassageCheckStorage): HTMLElement {
  const badge = document.createElement('button');
  badge.type = 'button';
  badge.className = 'rewrite-badge';
  badge.contentEditable = 'false';
  badge.dataset.testid = 'rewrite-degree';
  badge.dataset.degree = String(percent);
  badge.textContent = t('passage.degree', { n: percent });
  badge.title = t('passage.degreeHelp');
  badge.addEventListener('mousedown', (e) => e.preventDefault());
  badge.addEventListener('click', () => storage.onCompare?.(run.passageId, run.text));
  return badge;
}

/**
 * Compares quotations and adaptations with their passages: a changed quotation gets a warning with
 * "restore" and "turn into an adaptation"; an adaptation shows its live 改写度. The comparison runs a
 * moment after the last change (or when passage texts arrive), never inside a keystroke.
 */
export const PassageCheck = Extension.create<Record<string, never>, PassageCheckStorage>({
  name: 'passageCheck',

  addStorage() {
    return { texts: new Map<string, string>(), onCompare: null };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    const storage = this.storage;
    return [
      new Plugin({
        key: passageCheckKey,
        state: {
          init: (): CheckState => ({ decorations: DecorationSet.empty, statuses: [], refresh: 0 }),
          apply: (tr, value): CheckState => {
            const next = tr.getMeta(passageCheckKey) as Omit<CheckState, 'refresh'> | undefined;
            if (next) return { ...next, refresh: value.refresh };
            if (tr.getMeta(REFRESH)) return { ...value, refresh: value.refresh + 1 };
            return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
          },
        },
        props: {
          decorations: (state) => passageCheckKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
        view: (view) => {
          let timer: ReturnType<typeof setTimeout> | null = null;
          const run = () => {
            timer = null;
            if (view.isDestroyed) return;
            const statuses = checkRuns(findPassageRuns(view.state.doc), storage.texts);
            const decorations = decorate(editor, view.state.doc, statuses, storage);
            view.dispatch(view.state.tr.setMeta(passageCheckKey, { decorations, statuses }).setMeta('addToHistory', false));
          };
          const schedule = () => {
            if (timer) clearTimeout(timer);
            timer = setTimeout(run, CHECK_DELAY_MS);
          };
          schedule();
          return {
            update: (v, prev) => {
              if (!v.state.doc.eq(prev.doc) || passageCheckKey.getState(v.state)?.refresh !== passageCheckKey.getState(prev)?.refresh) schedule();
            },
            destroy: () => {
              if (timer) clearTimeout(timer);
            },
          };
        },
      }),
    ];
  },
});

/** Tells the check that passage texts changed (the app loaded more of them). */
export function refreshPassageCheck(editor: Editor): void {
  editor.view.dispatch(editor.state.tr.setMeta(REFRESH, true).setMeta('addToHistory', false));
}
