import type { Node as PmNode } from '@tiptap/pm/model';

// ProseMirror nodes are immutable and an edit keeps every untouched block as the same object, so a
// block's JSON can be remembered by identity: an autosave re-serialises only the blocks that changed.
const blockJson = new WeakMap<PmNode, string>();

/** JSON.stringify(block.toJSON()) of a top-level block, remembered while the block lives. */
export function blockJsonOf(block: PmNode): string {
  let json = blockJson.get(block);
  if (json === undefined) {
    json = JSON.stringify(block.toJSON());
    blockJson.set(block, json);
  }
  return json;
}

/** Whether a block's JSON is remembered already. */
export function hasBlockJson(block: PmNode): boolean {
  return blockJson.has(block);
}

/** JSON.stringify(doc.toJSON()), in time proportional to the blocks changed since the last call. */
export function serializeDoc(doc: PmNode): string {
  const parts: string[] = [];
  doc.forEach((block) => parts.push(blockJsonOf(block)));
  return `{"type":"doc","content":[${parts.join(',')}]}`;
}
