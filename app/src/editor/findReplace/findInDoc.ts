import type { Node as PmNode } from '@tiptap/pm/model';
import { findInText, type FindOptions, type TextMatch } from '../../../../electron/shared/search/findInText';

/** What an inline leaf (a citation, a line break) reads as: a character no query types. */
export const LEAF_CHAR = '\uFFFC';

export interface DocMatch {
  from: number;
  to: number;
  /** The matched text and the match itself, for $1 … in a regular-expression replacement. */
  text: string;
  match: TextMatch;
}

export type DocFindResult = { ok: true; matches: DocMatch[]; skipped: number } | { ok: false; error: string };

/**
 * Matches in every textblock of the document, as document positions. Each inline leaf node is one
 * position and reads as one LEAF_CHAR, so an offset in a block's text is an offset from the start of
 * its content. A match that would take in a citation is left out (counted in `skipped`): find and
 * replace never touch a citation. `fold` is the search fold table (loadSearchFoldTable).
 */
export function findInDoc(doc: PmNode, query: string, options: FindOptions, fold: Uint16Array): DocFindResult {
  const matches: DocMatch[] = [];
  let skipped = 0;
  let error: string | null = null;
  doc.descendants((node, pos) => {
    if (error !== null) return false;
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, '', LEAF_CHAR);
    const found = findInText(text, query, options, fold);
    if (!found.ok) {
      error = found.error;
      return false;
    }
    for (const m of found.matches) {
      const matched = text.slice(m.start, m.end);
      if (matched.includes(LEAF_CHAR)) skipped++;
      else matches.push({ from: pos + 1 + m.start, to: pos + 1 + m.end, text: matched, match: m });
    }
    return false;
  });
  if (error !== null) return { ok: false, error };
  return { ok: true, matches, skipped };
}
