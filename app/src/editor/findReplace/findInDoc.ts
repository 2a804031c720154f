import type { Node as PmNode } from '@tiptap/pm/model';
import type { FindError } from '../../../../electron/shared/search/findError';
import { createFinder, type FindOptions, type FindTools, type TextMatch } from '../../../../electron/shared/search/findInText';

/** What an inline leaf (a citation, a line break) reads as: a character no query types. */
export const LEAF_CHAR = '\uFFFC';

export interface DocMatch {
  from: number;
  to: number;
  /** The matched text and the match itself, for $1 … in a regular-expression replacement. */
  text: string;
  match: TextMatch;
}

export type DocFindResult = { ok: true; matches: DocMatch[]; skipped: number } | { ok: false; error: FindError };

/**
 * Matches in every textblock of the document, as document positions. Each inline leaf node is one
 * position and reads as one LEAF_CHAR, so an offset in a block's text is an offset from the start of
 * its content. A match that would take in a citation is left out (counted in `skipped`): find and
 * replace never touch a citation. `tools` are the search fold table and the regular-expression
 * compiler (loadSearchFoldTable, loadFindRegex). A regular expression is compiled once, and refused
 * when searching the whole document with it would stall the page.
 */
export function findInDoc(doc: PmNode, query: string, options: FindOptions, tools: FindTools): DocFindResult {
  const finder = createFinder(query, options, tools, doc.content.size);
  if (!finder.ok) return finder;
  const matches: DocMatch[] = [];
  let skipped = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, '', LEAF_CHAR);
    for (const m of finder.find(text)) {
      const matched = text.slice(m.start, m.end);
      if (matched.includes(LEAF_CHAR)) skipped++;
      else matches.push({ from: pos + 1 + m.start, to: pos + 1 + m.end, text: matched, match: m });
    }
    return false;
  });
  return { ok: true, matches, skipped };
}
