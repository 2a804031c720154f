import type { MappedText } from '../MappedText';
import { markupResidue } from './markupResidue';

/**
 * A Markdown file's text as a reader sees it: raw HTML in it read by the HTML parser (a script in it is
 * code, not the writer's text), then images dropped, links reduced to their words, heading, quotation
 * and list markers and emphasis marks removed. Every unit keeps its link to the raw file.
 */
export function stripMarkdown(text: MappedText): MappedText {
  let t = markupResidue(text).text;
  t = t.replaceAll(/!\[[^\]\n]*\]\([^)\n]*\)/g, () => '');
  t = t.replaceAll(/\[([^\]\n]+)\]\([^)\n]*\)/g, (m) => m[1] ?? '');
  t = t.replaceAll(/^(?:#{1,6}|>|[-*+](?=\s))[ \t]*/gm, () => '');
  return t.replaceAll(/\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`/g, () => '');
}
