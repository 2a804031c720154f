import type { Node as PmNode } from '@tiptap/pm/model';

/** Where a blank a template left (the profile not filled in then) still stands in the draft's text. */
export function blankOccurrences(doc: PmNode, blank: string): Array<{ from: number; to: number }> {
  const found: Array<{ from: number; to: number }> = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const text = node.text ?? '';
    for (let i = text.indexOf(blank); i >= 0; i = text.indexOf(blank, i + blank.length)) found.push({ from: pos + i, to: pos + i + blank.length });
    return false;
  });
  return found;
}
