import type { Node as PmNode } from '@tiptap/pm/model';
import { docTextPositions } from '../../../../electron/shared/doc/docTextPositions';
import type { FindError } from '../../../../electron/shared/search/findError';
import { createFinder, type FindOptions, type FindTools, type TextMatch } from '../../../../electron/shared/search/findInText';
import { editorDocText } from '../editorDocText';

export interface DocMatch {
  from: number;
  to: number;
  /** The matched text and the match itself, for $1 … in a regular-expression replacement. */
  text: string;
  match: TextMatch;
}

export type DocFindResult = { ok: true; matches: DocMatch[]; skipped: number } | { ok: false; error: FindError };

/**
 * Matches in every textblock of the document's text (editorDocText, the text the check and the word
 * count read), as document positions. A match never spans two blocks or a line break; one that
 * would take in a citation is left out (counted in `skipped`): find and replace never touch a
 * citation. `tools` are the search fold table and the regular-expression compiler
 * (loadSearchFoldTable, loadFindRegex). A regular expression is compiled once, and refused when
 * searching the whole document with it would stall the page.
 */
export function findInDoc(doc: PmNode, query: string, options: FindOptions, tools: FindTools): DocFindResult {
  const finder = createFinder(query, options, tools, doc.content.size);
  if (!finder.ok) return finder;
  const plain = editorDocText(doc);
  const positions = docTextPositions(plain);
  const matches: DocMatch[] = [];
  let skipped = 0;
  let c = 0;
  for (const block of plain.textblocks) {
    const text = plain.text.slice(block.start, block.end);
    while (c < plain.citations.length && plain.citations[c]!.offset <= block.start) c++;
    for (const m of finder.find(text)) {
      const start = block.start + m.start;
      const end = block.start + m.end;
      const matched = text.slice(m.start, m.end);
      let cites = false;
      for (let k = c; k < plain.citations.length && plain.citations[k]!.offset < end; k++) if (plain.citations[k]!.offset > start) cites = true;
      // A line break ends a line as a block does: a match across it is no match (RE2's \s would take it).
      if (matched.includes('\n')) continue;
      if (cites) skipped++;
      else matches.push({ from: positions.from(start), to: positions.to(end), text: matched, match: m });
    }
  }
  return { ok: true, matches, skipped };
}
