import type { PassageInfo } from '../api/apiTypes';
import type { CitationEdition, NoteStyle } from './citationStyles';
import { numberCitations } from './numberCitations';
import { resolveCitation, type CitationOccurrence, type ResolvedCitation } from './resolveCitation';
import { seeAlsoPrefix } from './seeAlsoPrefix';

export interface PlannedNote {
  /** 1-based; in Word a circled note's number restarts on each page. */
  number: number;
  /** The citation the note is made from. */
  occurrence: CitationOccurrence;
  key: string;
  /** The note as printed (a GB/T 7714 entry, 同上., an external note); null while its passage is fetched. */
  text: string | null;
  missing: boolean;
  /** Cites the same work as the note before it (circled notes then say 同上). */
  repeat: boolean;
}

export interface NotePlan {
  style: NoteStyle;
  edition: CitationEdition;
  /** The note number each citation shows, in document order; 0 for 文中注. */
  numbers: number[];
  notes: PlannedNote[];
  /** The 文中注 words of each citation (without parentheses); null while fetching. */
  inline: Array<string | null>;
  /** The 参考文献 list: each work once, numbered in order of first citation, or sorted by author for 文中注. */
  references: string[];
}

/** 同上: a circled note that cites the same work as the note right before it. */
export const SAME_AS_ABOVE = '同上.';

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/**
 * Every note of a document for its note style and edition, the one derivation the editor, the
 * footnote list and every export share. `passageOf` returns undefined while a passage is fetched
 * and null when the library does not have it.
 */
export function planNotes(
  occurrences: readonly CitationOccurrence[],
  passageOf: (id: string) => PassageInfo | null | undefined,
  options: { style: NoteStyle; edition: CitationEdition },
): NotePlan {
  const { style, edition } = options;
  const format = { edition, anonymous: style === 'inline' };
  let resolved: ResolvedCitation[] = occurrences.map((o) => resolveCitation(o, passageOf(o.passageId), format));
  // A work's 引用日期 is the first day any of its citations was made.
  const earliest = new Map<string, string>();
  resolved.forEach((r, i) => {
    const on = occurrences[i]!.citedOn;
    if (on && (!earliest.has(r.key) || on < earliest.get(r.key)!)) earliest.set(r.key, on);
  });
  resolved = resolved.map((r, i) => {
    const on = earliest.get(r.key);
    const occ = occurrences[i]!;
    return on && on !== occ.citedOn ? resolveCitation({ ...occ, citedOn: on }, passageOf(occ.passageId), format) : r;
  });
  const keys = resolved.map((r) => r.key);
  const { numbers, firsts } = numberCitations(keys, style);
  // A circled note is one citation's: a 参见 says so, and is never shortened to 同上 (nor is a note
  // after it). A [1] note is the work's, shared by every citation of it, and stays the plain entry.
  const see = (at: number) => style === 'circled' && seeAlsoPrefix(occurrences[at]!) !== '';
  const notes = firsts.map((at, i): PlannedNote => {
    const r = resolved[at]!;
    const repeat = style === 'circled' && i > 0 && keys[firsts[i - 1]!] === r.key && r.entry !== null && !see(at) && !see(firsts[i - 1]!);
    const text = repeat ? SAME_AS_ABOVE : r.entry !== null && !r.missing && see(at) ? `${seeAlsoPrefix(occurrences[at]!)}${r.entry}` : r.entry;
    return { number: i + 1, occurrence: occurrences[at]!, key: r.key, text, missing: r.missing, repeat };
  });
  const seen = new Set<string>();
  const references: string[] = [];
  resolved.forEach((r) => {
    if (r.entry === null || r.missing || seen.has(r.key)) return;
    seen.add(r.key);
    references.push(r.entry);
  });
  if (style === 'inline') references.sort(collator.compare);
  const inline = resolved.map((r, i) => (r.attribution !== null && !r.missing ? `${seeAlsoPrefix(occurrences[i]!)}${r.attribution}` : r.attribution));
  return { style, edition, numbers, notes, inline, references };
}
