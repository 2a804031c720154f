import { htmlText } from '../html/htmlText';
import { parseHtml } from '../html/parseHtml';
import type { MappedText } from '../MappedText';

/** A tag or an entity: what markup copied into a text file looks like. */
const MARKUP = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

/**
 * HTML left inside a text or Markdown file (a page's source pasted into Notepad, `&nbsp;` and `<br>`
 * copied from an editor) read by the same HTML parser as a saved page: tags go (block tags leave a line
 * break), entities become their characters, script and style content goes; the file's own line breaks
 * stay. Text without anything that looks like markup is returned as it is.
 */
export function markupResidue(text: MappedText): { text: MappedText; pieces: number } {
  const pieces = text.text.match(MARKUP)?.length ?? 0;
  if (pieces === 0) return { text, pieces };
  const parsed = parseHtml(text.text);
  return { text: text.compose(htmlText(parsed, parsed.document, { collapseWhitespace: false })), pieces };
}
