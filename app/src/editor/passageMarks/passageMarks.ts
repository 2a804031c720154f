import { Mark, mergeAttributes } from '@tiptap/core';

function passageMark(name: 'quoted' | 'adapted', className: string) {
  return Mark.create({
    name,
    // Typing at the edge of a quotation is the writer's own text, not part of the quote; an
    // adaptation is rewritten in place, so what is typed into it belongs to it.
    inclusive: name === 'adapted',
    excludes: name === 'quoted' ? 'adapted' : 'quoted',
    addAttributes() {
      return {
        passageId: {
          default: '',
          parseHTML: (el) => el.getAttribute('data-passage-id') ?? '',
          renderHTML: (attrs) => ({ 'data-passage-id': attrs.passageId as string }),
        },
      };
    },
    parseHTML() {
      return [{ tag: `span[data-${name}]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return ['span', mergeAttributes(HTMLAttributes, { [`data-${name}`]: '', class: className }), 0];
    },
  });
}

/** The verbatim words of a quotation, linked to their passage. */
export const Quoted = passageMark('quoted', 'quoted-text');
/** The words of an adaptation, linked to the passage they were adapted from. */
export const Adapted = passageMark('adapted', 'adapted-text');
