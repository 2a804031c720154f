import { Extension, type Editor } from '@tiptap/core';
import { DOMSerializer, type Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView, NodeView } from '@tiptap/pm/view';
import { citationMarks } from '../../../../electron/shared/citations/citationMarks';
import { DEFAULT_NOTE_STYLE, type NoteStyle } from '../../../../electron/shared/citations/citationStyles';
import { numberCitations } from '../../../../electron/shared/citations/numberCitations';
import { citationIdentity, type CitationOccurrence } from '../../../../electron/shared/citations/resolveCitation';
import type { CitationKind } from '../../../../electron/shared/doc/docTypes';
import { seeAlsoPrefix } from '../../../../electron/shared/citations/seeAlsoPrefix';

/** How one citation's mark looks: what its element carries for the stylesheet (sup.citation::after). */
export interface CitationLook {
  n: string;
  label: string;
  /** The first of a group of touching citations shows the group's mark; the others show none. */
  first: boolean;
  inline: boolean;
  title: string | null;
}

export interface CitationState {
  occurrences: CitationOccurrence[];
  numbers: number[];
  /** Where each citation is, in document order, mapped through every change since they were counted. */
  positions: number[];
  /** How each looks, aligned with `positions`; the same array until the citations are counted again. */
  looks: CitationLook[];
}

export interface CitationNumbersStorage {
  /** Tooltip text per citation identity (citationIdentity: the passage, and the statement in it), filled by the app. */
  titles: Map<string, string>;
  /** Which work each citation identity cites (resolveCitation's key), filled as passages arrive: [1] notes number by work. */
  keys: Map<string, string>;
  /** The 文中注 words of each citation identity. */
  inline: Map<string, string>;
  /** The document's note style: what the marks look like. */
  style: NoteStyle;
}

export const citationNumbersKey = new PluginKey<CitationState>('citationNumbers');
const REFRESH = 'citationTitlesRefresh';

function compute(doc: PmNode, storage: CitationNumbersStorage): CitationState {
  const occurrences: CitationOccurrence[] = [];
  const positions: Array<{ from: number; to: number }> = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'citation') {
      const note = node.attrs.note as string | null;
      const statement = node.attrs.statement as string | null;
      occurrences.push({
        passageId: node.attrs.passageId as string,
        kind: node.attrs.kind as CitationKind,
        citedOn: (node.attrs.citedOn as string | null) ?? null,
        ...(note ? { note } : {}),
        ...(statement ? { statement } : {}),
      });
      positions.push({ from: pos, to: pos + node.nodeSize });
      return false;
    }
    return !node.isText;
  });
  const identities = occurrences.map(citationIdentity);
  const { style } = storage;
  const { numbers } = numberCitations(
    identities.map((id) => storage.keys.get(id) ?? id),
    style,
  );
  // 文中注 per citation: one passage cited as a quotation and as 参见 shares its words, not the 参见.
  const plan = {
    style,
    numbers,
    inline: identities.map((id, i) => {
      const words = storage.inline.get(id);
      return words ? `${seeAlsoPrefix(occurrences[i]!)}${words}` : (words ?? null);
    }),
  };
  const looks: CitationLook[] = [];
  // Citations that touch form one group, shown once as [1-3] (or one 文中注) on its first member;
  // circled notes show each its own mark.
  for (let i = 0; i < positions.length; ) {
    let j = i;
    while (style !== 'circled' && j + 1 < positions.length && positions[j + 1]!.from === positions[j]!.to) j++;
    const label = citationMarks(plan, Array.from({ length: j - i + 1 }, (_, k) => i + k));
    for (let k = i; k <= j; k++) {
      looks.push({ n: String(numbers[k]), label: k === i ? label : '', first: k === i, inline: style === 'inline', title: storage.titles.get(identities[k]!) ?? null });
    }
    i = j + 1;
  }
  return { occurrences, numbers, positions: positions.map((p) => p.from), looks };
}

function applyLook(dom: HTMLElement, look: CitationLook): void {
  dom.setAttribute('data-n', look.n);
  dom.setAttribute('data-label', look.label);
  dom.classList.toggle('citation-first', look.first);
  dom.classList.toggle('citation-merged', !look.first);
  dom.classList.toggle('citation-inline', look.inline);
  if (look.title) dom.title = look.title;
  else dom.removeAttribute('title');
}

/** The look of the citation at `pos`, from the state the view is drawing. */
function lookAt(state: EditorState, pos: number | undefined): CitationLook | null {
  const value = citationNumbersKey.getState(state);
  if (!value || pos === undefined) return null;
  let lo = 0;
  let hi = value.positions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = value.positions[mid]!;
    if (at === pos) return value.looks[mid]!;
    if (at < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/**
 * A citation's element as the schema renders it, with its mark set from the counted state when it
 * is made. A later recount sets the marks of the elements already shown (paintLooks).
 */
function citationView(node: PmNode, view: EditorView, getPos: () => number | undefined): NodeView {
  const dom = DOMSerializer.renderSpec(document, node.type.spec.toDOM!(node)).dom as HTMLElement;
  const look = lookAt(view.state, getPos());
  if (look) applyLook(dom, look);
  return {
    dom,
    // Other attributes (another passage, a note): made anew, which reads the mark again.
    update: (next) => next === node,
    // Its own attribute changes (the mark set by paintLooks); a selection change is the editor's.
    ignoreMutation: (mutation) => mutation.type !== 'selection',
  };
}

/** Sets every shown citation's mark after a recount: their elements are the editor's `sup[data-citation]`, in document order. */
function paintLooks(view: EditorView, value: CitationState): void {
  const elements = view.dom.querySelectorAll<HTMLElement>('sup[data-citation]');
  if (elements.length === value.looks.length) {
    elements.forEach((el, i) => applyLook(el, value.looks[i]!));
    return;
  }
  value.positions.forEach((pos, i) => {
    const el = view.nodeDOM(pos);
    if (el instanceof HTMLElement) applyLook(el, value.looks[i]!);
  });
}

/**
 * Whether a transaction added, removed or re-ordered citations, or changed what touches one (two
 * citations typed apart stop forming a group): only then do the numbers change. Typing elsewhere —
 * nearly every keystroke — keeps them, and their positions are only mapped.
 */
function touchesCitations(tr: Transaction): boolean {
  let touched = false;
  tr.steps.forEach((step, i) => {
    if (touched) return;
    const before = tr.docs[i]!;
    const after = tr.docs[i + 1] ?? tr.doc;
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      const near = (doc: PmNode, from: number, to: number) => {
        doc.nodesBetween(Math.max(0, from - 1), Math.min(doc.content.size, to + 1), (node) => {
          if (node.type.name === 'citation') touched = true;
          return !touched && !node.isText;
        });
      };
      if (!touched) near(before, oldStart, oldEnd);
      if (!touched) near(after, newStart, newEnd);
    });
  });
  return touched;
}

/**
 * Shows each citation's number on its element (data-label, rendered by CSS), recomputed only when a
 * change involves a citation (touchesCitations); plain typing maps their positions. The numbers
 * exist in the view, never in the saved document. Set by a node view rather than node decorations:
 * with decorations on 300 citations, ProseMirror walked every top-level block of the document and
 * its decorations at each keystroke (~0.5 ms in a 100,000-character draft), wherever the caret was.
 */
export const CitationNumbers = Extension.create<Record<string, never>, CitationNumbersStorage>({
  name: 'citationNumbers',

  addStorage() {
    return { titles: new Map<string, string>(), keys: new Map<string, string>(), inline: new Map<string, string>(), style: DEFAULT_NOTE_STYLE };
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin<CitationState>({
        key: citationNumbersKey,
        state: {
          init: (_config, state) => compute(state.doc, storage),
          apply: (tr, value, _old, newState) => {
            if (tr.getMeta(REFRESH) || (tr.docChanged && touchesCitations(tr))) return compute(newState.doc, storage);
            if (!tr.docChanged) return value;
            return { ...value, positions: value.positions.map((pos) => tr.mapping.map(pos)) };
          },
        },
        props: {
          nodeViews: { citation: citationView },
        },
        view: () => ({
          update: (view, prevState) => {
            const value = citationNumbersKey.getState(view.state);
            if (value && value.looks !== citationNumbersKey.getState(prevState)?.looks) paintLooks(view, value);
          },
        }),
      }),
    ];
  },
});

/** Re-renders the citation marks and tooltips after the storage changed (passages arrived, another note style). */
export function refreshCitationTitles(editor: Editor): void {
  editor.view.dispatch(editor.state.tr.setMeta(REFRESH, true).setMeta('addToHistory', false));
}
