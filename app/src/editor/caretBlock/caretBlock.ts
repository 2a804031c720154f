import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export const CARET_BLOCK_CLASS = 'caret-block';

const caretBlockKey = new PluginKey<DecorationSet>('caretBlock');

/** The top-level blocks holding the selection's ends, as [from, to) ranges. */
function caretBlocks(state: EditorState): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const pos of [state.selection.anchor, state.selection.head]) {
    const $pos = state.doc.resolve(pos);
    let range: [number, number];
    if ($pos.depth >= 1) range = [$pos.before(1), $pos.after(1)];
    else {
      // Between blocks (a node selection of a whole block): the block after the position.
      const node = $pos.nodeAfter;
      if (!node) continue;
      range = [pos, pos + node.nodeSize];
    }
    if (!ranges.some((r) => r[0] === range[0])) ranges.push(range);
  }
  return ranges;
}

function decorate(state: EditorState): DecorationSet {
  return DecorationSet.create(
    state.doc,
    caretBlocks(state).map(([from, to]) => Decoration.node(from, to, { class: CARET_BLOCK_CLASS })),
  );
}

/**
 * Marks the blocks the caret is in, so the stylesheet can keep them out of `content-visibility: auto`.
 * Chromium decides whether such a block is on screen only at the next frame; a block made by Enter is
 * skipped until then, and a character typed into it within that frame left the caret before itself
 * (the next one went in front of it: "要删去" came out as "删去…要"). The class is set in the same
 * update that creates the block, so the block is laid out before any text reaches it.
 */
export const CaretBlock = Extension.create({
  name: 'caretBlock',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: caretBlockKey,
        state: {
          init: (_config, state) => decorate(state),
          apply: (tr, previous, _old, state) => (tr.docChanged || tr.selectionSet ? decorate(state) : previous),
        },
        props: { decorations: (state) => caretBlockKey.getState(state) },
      }),
    ];
  },
});
