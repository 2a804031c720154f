import type { CitationKind } from '../doc/docTypes';

export interface CitationOccurrence {
  passageId: string;
  kind: CitationKind;
  citedOn?: string | null;
  /** The text of an external note (see CitationNode). */
  note?: string | null;
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
      notes.push({ ...occ });
      n = notes.length;
      byPassage.set(occ.passageId, n);
    } else {
      // The note's 引用日期 is the first day the passage was cited anywhere in the document.
      const note = notes[n - 1]!;
      if (occ.citedOn && (!note.citedOn || occ.citedOn < note.citedOn)) note.citedOn = occ.citedOn;
    }
    return n;
  });
  return { notes, numbers };
}

/**
 * The label of a group of adjacent citations, GB/T 7714 style: 1-3 for three or more consecutive
 * numbers, 1,3 otherwise; duplicates dropped.
 */
export function citationGroupLabel(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}-${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(',');
}
