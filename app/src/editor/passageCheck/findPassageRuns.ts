import type { Node as PmNode } from '@tiptap/pm/model';

export interface PassageRun {
  type: 'quoted' | 'adapted';
  passageId: string;
  from: number;
  to: number;
  text: string;
}

/** Contiguous stretches of quoted or adapted words, each with its passage, in document order. */
export function findPassageRuns(doc: PmNode): PassageRun[] {
  const runs: PassageRun[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const mark = node.marks.find((m) => m.type.name === 'quoted' || m.type.name === 'adapted');
    if (!mark) return false;
    const type = mark.type.name as PassageRun['type'];
    const passageId = mark.attrs.passageId as string;
    const last = runs[runs.length - 1];
    if (last && last.type === type && last.passageId === passageId && last.to === pos) {
      last.to = pos + node.nodeSize;
      last.text += node.text ?? '';
    } else {
      runs.push({ type, passageId, from: pos, to: pos + node.nodeSize, text: node.text ?? '' });
    }
    return false;
  });
  return runs;
}
