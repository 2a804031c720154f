/** Which heading ids' folded headings contain a term (index 0, no heading, never does). */
export function headingMarks(headings: readonly string[], term: string): Uint8Array {
  const marks = new Uint8Array(headings.length);
  for (let h = 1; h < headings.length; h++) if (headings[h]!.includes(term)) marks[h] = 1;
  return marks;
}
