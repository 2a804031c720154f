import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { FindError } from '../../../../electron/shared/search/findError';
import { expandReplacement, type FindOptions, type FindTools } from '../../../../electron/shared/search/findInText';
import { loadedFindRegex } from '../../../../electron/shared/search/loadFindRegex';
import { loadedSearchFoldTable } from '../../../../electron/shared/search/loadSearchFoldTable';
import { findInDoc, type DocMatch } from './findInDoc';

export interface FindState {
  query: string;
  options: FindOptions;
  matches: DocMatch[];
  skipped: number;
  error: FindError | null;
  /** Index of the current match, -1 when there is none. */
  current: number;
  decorations: DecorationSet;
}

export const findReplaceKey = new PluginKey<FindState>('findReplace');

const SET = 'findReplaceSet';
const GOTO = 'findReplaceGoto';
const NO_OPTIONS: FindOptions = { matchCase: false, matchWidth: false, regex: false };

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /**
       * Searches the document; an empty query clears the highlights. False until the search fold
       * table and the regular-expression engine are loaded (await loadFindTools() first): a search
       * without the table would miss 千萬.
       */
      setFindQuery: (query: string, options?: Partial<FindOptions>) => ReturnType;
      findNext: () => ReturnType;
      findPrevious: () => ReturnType;
      /** Replaces the current match and moves to the next one. */
      replaceMatch: (replacement: string) => ReturnType;
      /** Replaces every match in one transaction, so one undo brings them all back. */
      replaceAllMatches: (replacement: string) => ReturnType;
    };
  }
}

function decorate(state: EditorState, matches: DocMatch[], current: number): DecorationSet {
  return DecorationSet.create(
    state.doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === current ? 'find-match find-current' : 'find-match', 'data-find': String(i) })),
  );
}

function loadedTools(): FindTools | null {
  const fold = loadedSearchFoldTable();
  const compileRegex = loadedFindRegex();
  return fold && compileRegex ? { fold, compileRegex } : null;
}

function search(state: EditorState, query: string, options: FindOptions, near: number): FindState {
  // setFindQuery refuses a query until the tools are loaded, so a query here always has them.
  const tools = loadedTools();
  const found = query && tools ? findInDoc(state.doc, query, options, tools) : { ok: true as const, matches: [], skipped: 0 };
  if (!found.ok) return { query, options, matches: [], skipped: 0, error: found.error, current: -1, decorations: DecorationSet.empty };
  const after = found.matches.findIndex((m) => m.from >= near);
  const current = found.matches.length === 0 ? -1 : after < 0 ? 0 : after;
  return { query, options, matches: found.matches, skipped: found.skipped, error: null, current, decorations: decorate(state, found.matches, current) };
}

function select(tr: Transaction, match: DocMatch | undefined): Transaction {
  if (match) tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView();
  return tr;
}

/**
 * Find and replace (Ctrl+F / Ctrl+H, opened by the app's find bar): matches are decorations,
 * recomputed when the document changes; replacing keeps the marks of the replaced text.
 */
export const FindReplace = Extension.create({
  name: 'findReplace',

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findReplaceKey,
        state: {
          init: () => ({ query: '', options: NO_OPTIONS, matches: [], skipped: 0, error: null, current: -1, decorations: DecorationSet.empty }),
          apply: (tr, value, _old, newState) => {
            const set = tr.getMeta(SET) as { query: string; options: FindOptions } | undefined;
            if (set) return search(newState, set.query, set.options, newState.selection.from);
            const goto = tr.getMeta(GOTO) as number | undefined;
            if (goto !== undefined) return { ...value, current: goto, decorations: decorate(newState, value.matches, goto) };
            if (tr.docChanged && value.query) return search(newState, value.query, value.options, newState.selection.from);
            return value;
          },
        },
        props: {
          decorations: (state) => findReplaceKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },

  addCommands() {
    const step =
      (dir: 1 | -1) =>
      () =>
      ({ state, tr, dispatch }: { state: EditorState; tr: Transaction; dispatch?: (tr: Transaction) => void }) => {
        const f = findReplaceKey.getState(state);
        if (!f || f.matches.length === 0) return false;
        const next = (f.current + dir + f.matches.length) % f.matches.length;
        if (dispatch) select(tr.setMeta(GOTO, next).setMeta('addToHistory', false), f.matches[next]);
        return true;
      };
    return {
      setFindQuery:
        (query, options = {}) =>
        ({ state, tr, dispatch }) => {
          if (query && !loadedTools()) return false;
          if (!dispatch) return true;
          const full = { ...NO_OPTIONS, ...(findReplaceKey.getState(state)?.options ?? {}), ...options };
          tr.setMeta(SET, { query, options: full }).setMeta('addToHistory', false);
          return true;
        },
      findNext: step(1),
      findPrevious: step(-1),
      replaceMatch:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const f = findReplaceKey.getState(state);
          const m = f?.matches[f.current];
          if (!f || !m) return false;
          if (dispatch) {
            closeHistory(tr);
            const text = expandReplacement(replacement, m.text, m.match);
            if (text) tr.insertText(text, m.from, m.to);
            else tr.delete(m.from, m.to);
            // The search re-runs on the changed document; the next match is the one after this one.
            tr.setSelection(TextSelection.create(tr.doc, m.from + text.length));
            tr.setMeta(SET, { query: f.query, options: f.options });
          }
          return true;
        },
      replaceAllMatches:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const f = findReplaceKey.getState(state);
          if (!f || f.matches.length === 0) return false;
          if (dispatch) {
            // From the last match back, so earlier positions stay valid: one transaction, one undo step,
            // never merged with typing just before it (the history groups changes made close together).
            closeHistory(tr);
            for (let i = f.matches.length - 1; i >= 0; i--) {
              const m = f.matches[i]!;
              const text = expandReplacement(replacement, m.text, m.match);
              if (text) tr.insertText(text, m.from, m.to);
              else tr.delete(m.from, m.to);
            }
            tr.setMeta(SET, { query: f.query, options: f.options });
          }
          return true;
        },
    };
  },
});
