import { Extension, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { citationMarks } from '../../../../electron/shared/citations/citationMarks';
import { DEFAULT_NOTE_STYLE, type NoteStyle } from '../../../../electron/shared/citations/citationStyles';
import { numberCitations } from '../../../../electron/shared/citations/numberCitations';
import { citationIdentity, type CitationOccurrence } from '../../../../electron/shared/citations/resolveCitation';
import type { CitationKind } from '../../../../electron/shared/doc/docTypes';

export interface CitationState {
  occurrences: CitationOccurrence[];
  numbers: number[];
  decorations: DecorationSet;
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
  const plan = { style, numbers, inline: identities.map((id) => storage.inline.get(id) ?? null) };
  const decorations: Decoration[] = [];
  // Citations that touch form one group, shown once as [1-3] (or one 文中注) on its first member;
  // circled notes show each its own mark.
  for (let i = 0; i < positions.length; ) {
    let j = i;
    while (style !== 'circled' && j + 1 < positions.length && positions[j + 1]!.from === positions[j]!.to) j++;
    const label = citationMarks(plan, Array.from({ length: j - i + 1 }, (_, k) => i + k));
    for (let k = i; k <= j; k++) {
      const title = storage.titles.get(identities[k]!);
      decorations.push(
        Decoration.node(positions[k]!.from, positions[k]!.to, {
          'data-n': String(numbers[k]),
          'data-label': k === i ? label : '',
          class: `${k === i ? 'citation-first' : 'citation-merged'}${style === 'inline' ? ' citation-inline' : ''}`,
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

/** Re-renders the citation marks and tooltips after the storage changed (passages arrived, another note style). */
export function refreshCitationTitles(editor: Editor): void {
  editor.view.dispatch(editor.state.tr.setMeta(REFRESH, true).setMeta('addToHistory', false));
}
