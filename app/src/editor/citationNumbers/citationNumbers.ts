import { Extension, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { citationGroupLabel, numberCitations, type CitationOccurrence } from '../../../../electron/shared/citations/numberCitations';
import type { CitationKind } from '../../../../electron/shared/doc/docTypes';

export interface CitationState {
  occurrences: CitationOccurrence[];
  numbers: number[];
  decorations: DecorationSet;
}

export interface CitationNumbersStorage {
  /** Tooltip text per passage id (the passage and its reference), filled by the app. */
  titles: Map<string, string>;
}

export const citationNumbersKey = new PluginKey<CitationState>('citationNumbers');
const REFRESH = 'citationTitlesRefresh';

function compute(doc: PmNode, titles: Map<string, string>): CitationState {
  const occurrences: CitationOccurrence[] = [];
  const positions: Array<{ from: number; to: number }> = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'citation') {
      const note = node.attrs.note as string | null;
      occurrences.push({ passageId: node.attrs.passageId as string, kind: node.attrs.kind as CitationKind, citedOn: (node.attrs.citedOn as string | null) ?? null, ...(note ? { note } : {}) });
      positions.push({ from: pos, to: pos + node.nodeSize });
      return false;
    }
    return !node.isText;
  });
  const { numbers } = numberCitations(occurrences);
  const decorations: Decoration[] = [];
  // Citations that touch form one group, shown once as [1-3] on its first member.
  for (let i = 0; i < positions.length; ) {
    let j = i;
    while (j + 1 < positions.length && positions[j + 1]!.from === positions[j]!.to) j++;
    const label = citationGroupLabel(numbers.slice(i, j + 1));
    for (let k = i; k <= j; k++) {
      const title = titles.get(occurrences[k]!.passageId);
      decorations.push(
        Decoration.node(positions[k]!.from, positions[k]!.to, {
          'data-n': String(numbers[k]),
          'data-label': k === i ? label : '',
          class: k === i ? 'citation-first' : 'citation-merged',
          ...(title ? { title } : {}),
        }),
      );
    }
    i = j + 1;
  }
  return { occurrences, numbers, decorations: DecorationSet.create(doc, decorations) };
}

/**
 * Whether a transaction added, removed or re-ordered citations, or changed what touches one (two
 * citations typed apart stop forming a group): only then do the numbers change. Typing elsewhere —
 * nearly every keystroke — keeps them, and the decorations are only mapped.
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
 * Shows each citation's number as a node decoration (rendered by CSS), recomputed only when a
 * change involves a citation (touchesCitations); plain typing maps the existing decorations. The numbers exist in the view, never in the saved document.
 */
export const CitationNumbers = Extension.create<Record<string, never>, CitationNumbersStorage>({
  name: 'citationNumbers',

  addStorage() {
    return { titles: new Map<string, string>() };
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin<CitationState>({
        key: citationNumbersKey,
        state: {
          init: (_config, state) => compute(state.doc, storage.titles),
          apply: (tr, value, _old, newState) => {
            if (tr.getMeta(REFRESH) || (tr.docChanged && touchesCitations(tr))) return compute(newState.doc, storage.titles);
            if (!tr.docChanged) return value;
            return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => citationNumbersKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});

/** Re-renders citation tooltips after their texts changed. */
export function refreshCitationTitles(editor: Editor): void {
  editor.view.dispatch(editor.state.tr.setMeta(REFRESH, true).setMeta('addToHistory', false));
}
