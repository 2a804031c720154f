import type { MappedText } from '../MappedText';
import { MappedTextBuilder } from '../MappedTextBuilder';
import { isElement, isText, type DomNode } from './domTypes';
import type { ParsedHtml } from './parseHtml';

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea', 'button', 'input', 'audio', 'video', 'map', 'link', 'meta']);

/** Elements that start and end a line of text (HTML's block-level and table elements). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'caption', 'br',
]);

export interface HtmlTextOptions {
  /** HTML collapses runs of white space (line breaks included) into one space; a text file does not. */
  collapseWhitespace: boolean;
  /** Elements to leave out beyond the never-visible ones (the caller's judgement of furniture). */
  skip?: (element: DomNode) => boolean;
}

/**
 * The text a reader sees in a subtree, one line per block, every unit mapped to the raw HTML it came
 * from (block breaks map to the point of their tag). Walks with an explicit stack: a hostile page
 * nested a hundred thousand deep must not overflow the call stack.
 */
export function htmlText(parsed: ParsedHtml, root: DomNode, options: HtmlTextOptions): MappedText {
  const out = new MappedTextBuilder(parsed.html.length);
  let anchor = 0;
  const lineBreak = () => {
    out.trimEnd(/[ \t]/);
    if (out.lastChar() !== '\n' && out.lastChar() !== '') out.add('\n', anchor, anchor);
  };
  type Step = { node: DomNode; closing: boolean };
  const stack: Step[] = [{ node: root, closing: false }];
  // Inside <pre>, white space is the text's own.
  let pre = 0;
  while (stack.length > 0) {
    const { node, closing } = stack.pop()!;
    if (isText(node)) {
      const regions = parsed.regions(node);
      const data = node.data;
      if (regions) anchor = regions.ends[data.length - 1] ?? anchor;
      if (!options.collapseWhitespace || pre > 0) {
        if (regions) out.addMapped(data, regions.starts, regions.ends);
        else out.add(data, anchor, anchor);
        continue;
      }
      // Collapse white space as a browser renders it, one region per kept unit.
      for (let i = 0; i < data.length; i++) {
        const ch = data[i]!;
        const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f';
        if (space) {
          const last = out.lastChar();
          if (last === '' || last === ' ' || last === '\n') continue;
        }
        const s = regions ? regions.starts[i]! : anchor;
        const e = regions ? regions.ends[i]! : anchor;
        out.addMapped(space ? ' ' : ch, [s], [e]);
      }
      continue;
    }
    if (!isElement(node)) {
      if (!closing) pushChildren(stack, node);
      continue;
    }
    const tag = node.localName.toLowerCase();
    if (HIDDEN.has(tag) || options.skip?.(node)) continue;
    const block = BLOCK.has(tag);
    if (closing) {
      if (tag === 'pre') pre--;
      if (block) lineBreak();
      continue;
    }
    if (tag === 'pre') pre++;
    if (block) lineBreak();
    if (tag === 'br' || tag === 'hr') continue;
    stack.push({ node, closing: true });
    pushChildren(stack, node);
  }
  out.trimEnd(/[ \t\n]/);
  return out.build();
}

function pushChildren(stack: { node: DomNode; closing: boolean }[], node: DomNode): void {
  const children = node.childNodes;
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, closing: false });
}
