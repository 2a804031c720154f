import type { Node as PmNode } from '@tiptap/pm/model';

// ProseMirror nodes are immutable and an edit keeps every untouched block as the same object, so a
// block's JSON can be remembered by identity: an autosave re-serialises only the blocks that changed.
const blockJson = new WeakMap<PmNode, string>();

/** JSON.stringify(doc.toJSON()), in time proportional to the blocks changed since the last call. */
export function serializeDoc(doc: PmNode): string {
  const parts: string[] = [];
  doc.forEach((block) => {
    let json = blockJson.get(block);
    if (json === undefined) {
      json = JSON.stringify(block.toJSON());
      blockJson.set(block, json);
    }
    parts.push(json);
  });
  return `{"type":"doc","content":[${parts.join(',')}]}`;
}
