import { PASTE_BLOCK_ELEMENTS as BLOCKS, PASTE_MAX_BLOCKS, PASTE_MAX_CHARS, type PasteCut } from './pasteLimits';

/**
 * Keeps the first PASTE_MAX_BLOCKS blocks and PASTE_MAX_CHARS characters of a sanitised paste, in
 * document order, and removes the rest; counts what there was. Walked without recursion.
 */
export function limitPastedDom(body: Element): Pick<PasteCut, 'blocks' | 'chars'> {
  let blocks = 0;
  let chars = 0;
  let keptBlocks = -1;
  let keptChars = -1;
  let cutAt: Node | null = null;
  const stack: Node[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (cutAt === null && chars + text.length > PASTE_MAX_CHARS) {
        keptChars = PASTE_MAX_CHARS;
        keptBlocks = blocks;
        // Cut between characters, never inside a surrogate pair.
        let keep = PASTE_MAX_CHARS - chars;
        if (keep > 0 && /[\ud800-\udbff]/.test(text[keep - 1]!)) keep--;
        node.nodeValue = text.slice(0, keep);
        cutAt = node;
      }
      chars += text.length;
      continue;
    }
    if (node !== body && BLOCKS.has((node as Element).localName)) {
      blocks++;
      if (cutAt === null && blocks > PASTE_MAX_BLOCKS) {
        keptBlocks = PASTE_MAX_BLOCKS;
        keptChars = chars;
        cutAt = node;
      }
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (cutAt === null) return { blocks: null, chars: null };
  removeFrom(cutAt, body, cutAt.nodeType === 1);
  return {
    blocks: blocks > PASTE_MAX_BLOCKS ? { kept: keptBlocks, total: blocks } : null,
    chars: chars > PASTE_MAX_CHARS ? { kept: keptChars, total: chars } : null,
  };
}

/** Removes everything after `node` in document order, up to `root` (and `node` itself when `inclusive`). */
function removeFrom(node: Node, root: Node, inclusive: boolean): void {
  let current = node;
  let removeSelf = inclusive;
  while (current !== root && current.parentNode) {
    const parent = current.parentNode;
    for (let sibling = current.nextSibling; sibling; ) {
      const next: ChildNode | null = sibling.nextSibling;
      parent.removeChild(sibling);
      sibling = next;
    }
    if (removeSelf) parent.removeChild(current);
    removeSelf = false;
    current = parent;
  }
}
