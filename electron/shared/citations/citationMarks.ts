import { circledNumber } from './circledNumber';
import type { NoteStyle } from './citationStyles';
import { citationGroupLabel } from './numberCitations';
import type { NotePlan } from './planNotes';

/**
 * How a group of adjacent citations (indexes into the plan's citations) reads in running text: [1-3]
 * for [1] notes, ①② for circled notes (numbered through the text: only Word restarts them per page),
 * the 文中注 in full-width parentheses.
 */
export function citationMarks(plan: Pick<NotePlan, 'style' | 'numbers' | 'inline'>, group: number[]): string {
  if (plan.style === 'inline') return `（${group.map((k) => plan.inline[k] ?? '…').join('；')}）`;
  if (plan.style === 'circled') return group.map((k) => circledNumber(plan.numbers[k]!)).join('');
  return `[${citationGroupLabel(group.map((k) => plan.numbers[k]!))}]`;
}

/** The mark a note starts with in a list of notes: ① or [1]. */
export function noteMark(style: NoteStyle, n: number): string {
  return style === 'circled' ? circledNumber(n) : `[${n}]`;
}
