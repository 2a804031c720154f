import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { CheckSpan } from '../../../../electron/shared/check/checkTypes';
import { docTextPositions } from '../../../../electron/shared/doc/docTextPositions';
import { editorDocText } from '../editorDocText';

/** A borrowed span where it is now in the editor. */
export interface PlacedSpan {
  span: CheckSpan;
  from: number;
  to: number;
}

export interface CheckMarksStorage {
  /** The pointer is over a borrowed span (or left it: null); `rect` is where to show the card. */
  onHover: ((placed: PlacedSpan | null, rect: DOMRect | null) => void) | null;
}

interface CheckMarksState {
  decorations: DecorationSet;
  /** Set while a check is running: the edits since its snapshot, to place its result in today's doc. */
  pending: { token: number; mapping: Mapping } | null;
}

type Meta = { type: 'start'; token: number } | { type: 'result'; token: number; spans: PlacedSpan[] } | { type: 'clear' };

export const checkMarksKey = new PluginKey<CheckMarksState>('checkMarks');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    checkMarks: {
      /** Makes a borrowed span a cited quotation: the passage's exact words, in quotation marks unless it fills its block, then the citation. */
      citeCheckSpan: (attrs: { from: number; to: number; passageId: string; text: string; citedOn?: string }) => ReturnType;
      /** Makes a borrowed span an adaptation of its passage, with an adaptation citation. */
      adaptCheckSpan: (attrs: { from: number; to: number; passageId: string; citedOn?: string }) => ReturnType;
      clearCheckMarks: () => ReturnType;
    };
  }
}

function decorationsFor(doc: PmNode, spans: PlacedSpan[]): DecorationSet {
  return DecorationSet.create(
    doc,
    spans
      .filter((s) => s.from < s.to)
      .map((s) =>
        Decoration.inline(s.from, s.to, { class: `check-span check-${s.span.status}`, 'data-testid': 'check-span', 'data-status': s.span.status, 'data-passage-id': s.span.passageId }, { span: s.span }),
      ),
  );
}

/** Where the spans of a check of `snapshot` are in that document. */
export function placeSpans(snapshot: PmNode, spans: readonly CheckSpan[]): PlacedSpan[] {
  const map = docTextPositions(editorDocText(snapshot));
  return spans.map((span) => ({ span, from: map.from(span.start), to: map.to(span.end) }));
}

/** The borrowed span under a document position, where it is now. */
export function spanAt(view: EditorView, pos: number): PlacedSpan | null {
  const set = checkMarksKey.getState(view.state)?.decorations;
  const found = set?.find(pos, pos + 1)[0];
  return found ? { span: (found.spec as { span: CheckSpan }).span, from: found.from, to: found.to } : null;
}

let tokens = 0;

/** Tells the marks a check of the current document starts; returns its token for finishCheck. */
export function startCheck(view: EditorView): number {
  const token = ++tokens;
  view.dispatch(view.state.tr.setMeta(checkMarksKey, { type: 'start', token } satisfies Meta).setMeta('addToHistory', false));
  return token;
}

/** Shows a check's spans (computed on `snapshot`) in the editor, moved along any edits made since. */
export function finishCheck(view: EditorView, token: number, snapshot: PmNode, spans: readonly CheckSpan[]): void {
  if (view.isDestroyed) return;
  view.dispatch(view.state.tr.setMeta(checkMarksKey, { type: 'result', token, spans: placeSpans(snapshot, spans) } satisfies Meta).setMeta('addToHistory', false));
}

function citation(schema: PmNode['type']['schema'], passageId: string, kind: 'quote' | 'adaptation', citedOn?: string) {
  return schema.nodes.citation!.create({ passageId, kind, citedOn: citedOn ?? null });
}

/**
 * Colours what the check found borrowed: cited quotations, cited adaptations and uncited words,
 * each its own colour, as decorations (never part of the document or its history). A result
 * arrives after the writer may have typed on; it is mapped through those edits, and every later
 * edit moves the colours with the text.
 */
export const CheckMarks = Extension.create<Record<string, never>, CheckMarksStorage>({
  name: 'checkMarks',

  addStorage() {
    return { onHover: null };
  },

  addCommands() {
    return {
      citeCheckSpan:
        ({ from, to, passageId, text, citedOn }) =>
        ({ tr, state, dispatch }) => {
          const { schema } = state;
          if (!dispatch) return true;
          let onlyText = true;
          tr.doc.nodesBetween(from, to, (node) => {
            if (node.isInline && !node.isText) onlyText = false;
          });
          if (!onlyText) {
            // Words around a citation or a line break: mark them, keep what is between.
            tr.removeMark(from, to, schema.marks.adapted!).addMark(from, to, schema.marks.quoted!.create({ passageId }));
            tr.insert(to, citation(schema, passageId, 'quote', citedOn));
            return true;
          }
          const $from = tr.doc.resolve(from);
          const wholeBlock = from <= $from.start() && to >= $from.end();
          const before = tr.doc.textBetween(Math.max($from.start(), from - 1), from);
          const after = tr.doc.textBetween(to, Math.min($from.end(), to + 1));
          const inQuotes = before === '“' && after === '”';
          const words = schema.text(text, [schema.marks.quoted!.create({ passageId })]);
          const nodes = wholeBlock || inQuotes ? [words] : [schema.text('“'), words, schema.text('”')];
          tr.replaceWith(from, to, nodes);
          const end = from + nodes.reduce((n, node) => n + node.nodeSize, 0) + (inQuotes ? 1 : 0);
          tr.insert(end, citation(schema, passageId, 'quote', citedOn));
          return true;
        },
      adaptCheckSpan:
        ({ from, to, passageId, citedOn }) =>
        ({ tr, state, dispatch }) => {
          const { schema } = state;
          if (!dispatch) return true;
          tr.removeMark(from, to, schema.marks.quoted!).removeMark(from, to, schema.marks.adapted!);
          tr.addMark(from, to, schema.marks.adapted!.create({ passageId }));
          tr.insert(to, citation(schema, passageId, 'adaptation', citedOn));
          return true;
        },
      clearCheckMarks:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(checkMarksKey, { type: 'clear' } satisfies Meta).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    let hovered: HTMLElement | null = null;
    return [
      new Plugin<CheckMarksState>({
        key: checkMarksKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, pending: null }),
          apply: (tr, value) => {
            const meta = tr.getMeta(checkMarksKey) as Meta | undefined;
            if (meta?.type === 'start') return { ...value, pending: { token: meta.token, mapping: new Mapping() } };
            if (meta?.type === 'clear') return { decorations: DecorationSet.empty, pending: null };
            if (meta?.type === 'result') {
              // A result from an older check than the one running is dropped.
              if (!value.pending || value.pending.token !== meta.token) return value;
              const { mapping } = value.pending;
              const spans = meta.spans.map((s) => ({ ...s, from: mapping.map(s.from, 1), to: mapping.map(s.to, -1) }));
              return { decorations: decorationsFor(tr.doc, spans), pending: null };
            }
            if (!tr.docChanged) return value;
            value.pending?.mapping.appendMapping(tr.mapping);
            return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => checkMarksKey.getState(state)?.decorations ?? DecorationSet.empty,
          handleDOMEvents: {
            mouseover: (view, event) => {
              const el = (event.target as HTMLElement | null)?.closest?.('.check-span') as HTMLElement | null;
              if (el === hovered) return false;
              hovered = el;
              if (!el) {
                storage.onHover?.(null, null);
                return false;
              }
              const placed = spanAt(view, view.posAtDOM(el, 0));
              storage.onHover?.(placed, el.getBoundingClientRect());
              return false;
            },
            mouseleave: () => {
              hovered = null;
              storage.onHover?.(null, null);
              return false;
            },
          },
        },
      }),
    ];
  },
});
