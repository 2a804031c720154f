import { Node, mergeAttributes } from '@tiptap/core';
import type { CitationKind } from '../../../../electron/shared/doc/docTypes';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    citation: {
      /** Inserts a citation marker at the cursor. */
      insertCitation: (attrs: { passageId: string; kind: CitationKind; citedOn?: string | null; statement?: string | null }) => ReturnType;
    };
  }
}

const KINDS: CitationKind[] = ['quote', 'adaptation', 'seeAlso'];

/**
 * A citation is an inline atom holding only what identifies its passage. Its number is derived from
 * document order by the citationNumbers plugin and never stored, so moving text renumbers for free.
 */
export const Citation = Node.create({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      passageId: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-passage-id') ?? '',
        renderHTML: (attrs) => ({ 'data-passage-id': attrs.passageId as string }),
      },
      kind: {
        default: 'quote',
        parseHTML: (el) => {
          const kind = el.getAttribute('data-kind') as CitationKind | null;
          return kind && KINDS.includes(kind) ? kind : 'quote';
        },
        renderHTML: (attrs) => ({ 'data-kind': attrs.kind as string }),
      },
      citedOn: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-cited-on'),
        renderHTML: (attrs) => (attrs.citedOn ? { 'data-cited-on': attrs.citedOn as string } : {}),
      },
      // An external citation's own text (an imported Word footnote); see CitationNode.
      note: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-note'),
        renderHTML: (attrs) => (attrs.note ? { 'data-note': attrs.note as string } : {}),
      },
      // A statement quoted inside the passage (转引 unless the original is in the library); see CitationNode.
      statement: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-statement'),
        renderHTML: (attrs) => (attrs.statement ? { 'data-statement': attrs.statement as string } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-citation]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes, { 'data-citation': '', class: 'citation' })];
  },

  renderText() {
    // Citations have no text of their own: word counts and plain-text copies leave them out.
    return '';
  },

  addCommands() {
    return {
      insertCitation:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { citedOn: null, ...attrs } }),
    };
  },
});
