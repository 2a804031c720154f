import type { CitationKind } from '../doc/docTypes';

export interface CitationOccurrence {
  passageId: string;
  kind: CitationKind;
}

export interface NumberedCitations {
  /** Distinct passages in order of first citation; footnote n is entry n-1. */
  notes: CitationOccurrence[];
  /** The number each occurrence shows, in document order. */
  numbers: number[];
}

/**
 * Numbers citations the way GB/T 7714 顺序编码制 does: by first appearance, a passage cited again
 * keeps its first number. Numbers are derived here every time, never stored in the document.
 */
export function numberCitations(occurrences: CitationOccurrence[]): NumberedCitations {
  const byPassage = new Map<string, number>();
  const notes: CitationOccurrence[] = [];
  const numbers = occurrences.map((occ) => {
    let n = byPassage.get(occ.passageId);
    if (n === undefined) {
      notes.push(occ);
      n = notes.length;
      byPassage.set(occ.passageId, n);
    }
    return n;
  });
  return { notes, numbers };
}
