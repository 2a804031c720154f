import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import type { CitationKind } from '../../../../electron/shared/doc/docTypes';
import { applyLocalNames } from '../../../../electron/shared/text/detectLocalNames';
import { nestInside } from '../../../../electron/shared/text/nestQuotes';
import { withoutEnumerator } from '../../../../electron/shared/text/withoutEnumerator';
import { findPassageRuns } from '../passageCheck/findPassageRuns';

/** A quotation of at most this many characters goes inline in Chinese quotation marks; longer ones become a block quote. */
export const INLINE_QUOTE_MAX = 120;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    passageCommands: {
      /**
       * Inserts a passage verbatim: inline “…” when short, else a block quote; followed by its citation.
       * `statement`: the text is a statement quoted inside the passage, cited as such (转引 or its original).
       */
      quotePassage: (attrs: { passageId: string; text: string; citedOn?: string; mode?: 'auto' | 'inline' | 'block'; statement?: string }) => ReturnType;
      /** Inserts an editable copy of the passage, linked to it, after the current paragraph (in place of it when empty). */
      adaptPassage: (attrs: { passageId: string; text: string; citedOn?: string }) => ReturnType;
      /** A citation without inserted text (参见); `statement`: of a document the passage names (《title》). */
      seeAlsoPassage: (attrs: { passageId: string; citedOn?: string; statement?: string }) => ReturnType;
      /** Puts a changed quotation back to the passage's words (as quoted: without its list number). */
      restoreQuote: (attrs: { from: number; to: number; passageId: string; text: string }) => ReturnType;
      /** 本地化: replaces names in the adaptations of a passage (all occurrences), keeping them linked. */
      localiseAdaptation: (attrs: { passageId: string; replacements: Record<string, string> }) => ReturnType;
      /** Turns a changed quotation into an adaptation of the same passage (mark and citation kind). */
      quoteToAdaptation: (attrs: { from: number; to: number; passageId: string }) => ReturnType;
    };
  }
}

/**
 * Where a passage inserted as a block goes: after the caret's top-level block, or in place of it when
 * that block is an empty paragraph (the line under a template's heading), so no blank line is left.
 */
function blockSlot(state: EditorState): { from: number; to: number } {
  const { $to } = state.selection;
  if ($to.depth === 0) return { from: state.doc.content.size, to: state.doc.content.size };
  const block = $to.node(1);
  if (block.type.name === 'paragraph' && block.content.size === 0) return { from: $to.before(1), to: $to.after(1) };
  return { from: $to.after(1), to: $to.after(1) };
}

function citation(passageId: string, kind: CitationKind, citedOn?: string, statement?: string) {
  return { type: 'citation', attrs: { passageId, kind, citedOn: citedOn ?? null, ...(statement ? { statement } : {}) } };
}

export const PassageCommands = Extension.create({
  name: 'passageCommands',

  addCommands() {
    return {
      quotePassage:
        ({ passageId, text: passage, citedOn, mode = 'auto', statement }) =>
        ({ state, chain }) => {
          // The source's list number ("5、") stays out of the writer's quotation.
          const text = withoutEnumerator(passage);
          const inline = mode === 'inline' || (mode === 'auto' && Array.from(text).length <= INLINE_QUOTE_MAX);
          // Inside the writer's “ ”, the passage's own quotation marks go one level down (‘ ’).
          const quoted = { type: 'text', text: inline ? nestInside(text) : text, marks: [{ type: 'quoted', attrs: { passageId } }] };
          if (inline) {
            return chain()
              .insertContent([{ type: 'text', text: '“' }, quoted, { type: 'text', text: '”' }, citation(passageId, 'quote', citedOn, statement)])
              .run();
          }
          return chain()
            .insertContentAt(blockSlot(state), { type: 'blockquote', content: [{ type: 'paragraph', content: [quoted, citation(passageId, 'quote', citedOn, statement)] }] })
            .run();
        },
      adaptPassage:
        ({ passageId, text, citedOn }) =>
        ({ state, chain }) => {
          return chain()
            .insertContentAt(blockSlot(state), {
              type: 'paragraph',
              content: [{ type: 'text', text: withoutEnumerator(text), marks: [{ type: 'adapted', attrs: { passageId } }] }, citation(passageId, 'adaptation', citedOn)],
            })
            .run();
        },
      seeAlsoPassage:
        ({ passageId, citedOn, statement }) =>
        ({ chain }) =>
          chain().insertContent(citation(passageId, 'seeAlso', citedOn, statement)).run(),
      restoreQuote:
        ({ from, to, passageId, text }) =>
        ({ tr, state, dispatch }) => {
          const mark = state.schema.marks.quoted!.create({ passageId });
          // An inline quotation keeps its marks nested inside the “ ” around it.
          const inside = state.doc.textBetween(Math.max(0, from - 1), from) === '“';
          const words = withoutEnumerator(text);
          if (dispatch) tr.replaceWith(from, to, state.schema.text(inside ? nestInside(words) : words, [mark]));
          return true;
        },
      localiseAdaptation:
        ({ passageId, replacements }) =>
        ({ tr, state, dispatch }) => {
          const runs = findPassageRuns(state.doc).filter((r) => r.type === 'adapted' && r.passageId === passageId);
          if (runs.length === 0) return false;
          if (!dispatch) return true;
          const mark = state.schema.marks.adapted!.create({ passageId });
          // From the last run back, so earlier positions stay valid.
          for (const run of [...runs].reverse()) {
            const next = applyLocalNames(run.text, replacements);
            if (next !== run.text && next.length > 0) tr.replaceWith(run.from, run.to, state.schema.text(next, [mark]));
          }
          return true;
        },
      quoteToAdaptation:
        ({ from, to, passageId }) =>
        ({ tr, state, dispatch }) => {
          const quoted = state.schema.marks.quoted!;
          const adapted = state.schema.marks.adapted!.create({ passageId });
          if (!dispatch) return true;
          tr.removeMark(from, to, quoted).addMark(from, to, adapted);
          // The citation that follows this quotation (same paragraph) becomes an adaptation citation.
          const $to = tr.doc.resolve(to);
          const end = $to.end();
          tr.doc.nodesBetween(to, end, (node, pos) => {
            if (node.type.name === 'citation' && node.attrs.passageId === passageId && node.attrs.kind === 'quote') {
              tr.setNodeMarkup(pos, undefined, { ...node.attrs, kind: 'adaptation' });
              return false;
            }
            return true;
          });
          // Quotation marks around an inline quotation go with it.
          const before = tr.doc.textBetween(Math.max(from - 1, $to.start()), from);
          const after = tr.doc.textBetween(to, Math.min(to + 1, end));
          if (before === '“' && after === '”') {
            tr.delete(to, to + 1);
            tr.delete(from - 1, from);
          }
          return true;
        },
    };
  },
});
