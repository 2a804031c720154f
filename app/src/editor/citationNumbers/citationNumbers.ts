import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { numberCitations, type CitationOccurrence } from '../../../../electron/shared/citations/numberCitations';
import type { CitationKind } from '../../../../electron/shared/doc/docTypes';

export interface CitationState {
  occurrences: CitationOccurrence[];
  numbers: number[];
  decorations: DecorationSet;
}

export const citationNumbersKey = new PluginKey<CitationState>('citationNumbers');

function compute(doc: PmNode): CitationState {
  const occurrences: CitationOccurrence[] = [];
  const positions: Array<{ from: number; to: number }> = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'citation') {
      occurrences.push({ passageId: node.attrs.passageId as string, kind: node.attrs.kind as CitationKind });
      positions.push({ from: pos, to: pos + node.nodeSize });
      return false;
    }
    // Text-only blocks hold no citations below their inline level; skip descending into text.
    return !node.isText;
  });
  const { numbers } = numberCitations(occurrences);
  const decorations = DecorationSet.create(
    doc,
    positions.map((p, i) => Decoration.node(p.from, p.to, { 'data-n': String(numbers[i]) })),
  );
  return { occurrences, numbers, decorations };
}

/**
 * Shows each citation's number as a node decoration (data-n, rendered by CSS), recomputed only when
 * the document changes. The numbers exist in the view, never in the saved document.
 */
export const CitationNumbers = Extension.create({
  name: 'citationNumbers',

  addProseMirrorPlugins() {
    return [
      new Plugin<CitationState>({
        key: citationNumbersKey,
        state: {
          init: (_config, state) => compute(state.doc),
          apply: (tr, value, _old, newState) => (tr.docChanged ? compute(newState.doc) : value),
        },
        props: {
          decorations: (state) => citationNumbersKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});
