// How a document's notes look: the note style and the edition of GB/T 7714 its references follow.

/**
 * circled: footnotes ①②③ restarting on each page (the usual Chinese book and article convention);
 * numbered: footnotes [1] [2] numbered through the document; endnotes: [1] at the end; inline: 文中注,
 * the attribution in parentheses in the text, no note at all.
 */
export const NOTE_STYLES = ['circled', 'numbered', 'endnotes', 'inline'] as const;
export type NoteStyle = (typeof NOTE_STYLES)[number];

/** GB/T 7714—2025 is in force since 2026-07-01; 2015 stays for units and journals that still ask for it. */
export const CITATION_EDITIONS = ['2025', '2015'] as const;
export type CitationEdition = (typeof CITATION_EDITIONS)[number];

export const DEFAULT_NOTE_STYLE: NoteStyle = 'circled';
export const DEFAULT_EDITION: CitationEdition = '2025';

export function isNoteStyle(v: unknown): v is NoteStyle {
  return typeof v === 'string' && (NOTE_STYLES as readonly string[]).includes(v);
}

export function isCitationEdition(v: unknown): v is CitationEdition {
  return typeof v === 'string' && (CITATION_EDITIONS as readonly string[]).includes(v);
}

/** Documents saved before note styles existed said 'footnote' or 'endnote'. */
export function noteStyleOf(stored: unknown): NoteStyle {
  if (isNoteStyle(stored)) return stored;
  if (stored === 'endnote') return 'endnotes';
  if (stored === 'footnote') return 'numbered';
  return DEFAULT_NOTE_STYLE;
}
