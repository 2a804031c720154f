import { docPlainText } from '../../../../electron/shared/doc/docPlainText';
import type { BlockNode, DocNode } from '../../../../electron/shared/doc/docTypes';

/** More text than any window shows at once: the first part always fills the screen. */
export const FIRST_SCREEN_CHARS = 4000;
/** Below this many further blocks, mounting them with the rest costs less than a second stage. */
const MIN_REST_BLOCKS = 40;

/**
 * The part of a draft the editor mounts first, and the blocks it appends afterwards (StagedContent).
 * ProseMirror builds the DOM of every block before the first frame, about 0.1 ms a block: a
 * 100,000-character draft of 1,000 blocks would keep the window blank and deaf to keys for its whole
 * length, though only the first screen is seen. The first part ends with a paragraph, so no
 * trailing-paragraph rule adds one between the parts.
 */
export function splitFirstScreen(doc: DocNode, chars = FIRST_SCREEN_CHARS): { first: DocNode; rest: BlockNode[] } {
  const blocks = doc.content;
  let size = 0;
  let cut = 0;
  while (cut < blocks.length && (size < chars || blocks[cut - 1]?.type !== 'paragraph')) {
    size += docPlainText({ type: 'doc', content: [blocks[cut]!] }).length;
    cut++;
  }
  if (blocks.length - cut < MIN_REST_BLOCKS) return { first: doc, rest: [] };
  return { first: { ...doc, content: blocks.slice(0, cut) }, rest: blocks.slice(cut) };
}
