import { boundNesting } from './boundNesting';
import { limitPastedDom } from './limitPastedDom';
import { PASTE_MAX_BLOCKS, PASTE_MAX_CHARS, PASTE_MAX_DEPTH, PASTE_PARSE_DEPTH, type PasteCut } from './pasteLimits';

/** Elements whose content is code, embedded pages or form controls, never the writer's text. */
const DROP = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'meta', 'base', 'form', 'input',
  'button', 'textarea', 'select', 'option', 'template', 'noscript', 'svg', 'math', 'video', 'audio', 'source', 'track',
  'canvas', 'img', 'picture', 'portal', 'dialog',
]);
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Pasted HTML (from a web page, Word, WPS) as the editor may read it: parsed in an inert document
 * (nothing loads, no handler runs), code and embedded content removed, every attribute dropped except
 * `data-*` (our own citations and marks copied within the app) and harmless inline `style` (bold and
 * italic from Word and Google Docs), control characters removed, nesting flattened past
 * PASTE_MAX_DEPTH, and at most PASTE_MAX_BLOCKS paragraphs and PASTE_MAX_CHARS characters kept.
 * `cut` says what was left out, for the writer. Bounded work: a 100,000-deep `<div>` froze the page
 * for minutes and 60,000 paragraphs for 7 s.
 */
export function sanitizePastedHtml(raw: string): { html: string; cut: PasteCut } {
  // Nesting that would make the HTML parser itself slow is unwrapped, and paragraphs past the limit
  // left out, before it parses.
  const bounded = boundNesting(raw, PASTE_PARSE_DEPTH, PASTE_MAX_BLOCKS);
  const doc = new DOMParser().parseFromString(bounded.html, 'text/html');
  const body = doc.body;
  let flattened = bounded.flattened;
  // Iterative walk: a hostile page nested 100,000 deep must not overflow the stack here either.
  const stack: Array<{ node: Element; depth: number }> = [{ node: body, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        if (CONTROLS.test(text)) child.nodeValue = text.replace(CONTROLS, '');
        CONTROLS.lastIndex = 0;
        continue;
      }
      if (child.nodeType !== 1) {
        child.remove();
        continue;
      }
      const el = child as Element;
      if (DROP.has(el.localName)) {
        el.remove();
        continue;
      }
      cleanAttributes(el);
      if (depth + 1 >= PASTE_MAX_DEPTH) {
        // Below this depth only the text is kept, in one piece; code inside it never becomes markup.
        if (el.firstElementChild) flattened = true;
        el.textContent = textOf(el);
        continue;
      }
      stack.push({ node: el, depth: depth + 1 });
    }
  }
  const limited = limitPastedDom(body);
  return { html: body.innerHTML, cut: { flattened, blocks: bounded.blocks ?? limited.blocks, chars: limited.chars } };
}

/** The text of a subtree without script or style content, collected without recursion. */
function textOf(root: Element): string {
  let out = '';
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !DROP.has((node as Element).localName)) {
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return out.replace(CONTROLS, '');
}

function cleanAttributes(el: Element): void {
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('data-')) continue;
    if (name === 'style' && !/url\s*\(|expression\s*\(|javascript:|@import|behavior/i.test(attr.value)) continue;
    el.removeAttribute(attr.name);
  }
}

/** Pasted plain text without control characters, at most PASTE_MAX_BLOCKS lines and PASTE_MAX_CHARS characters. */
export function sanitizePastedText(raw: string): { text: string; cut: PasteCut } {
  let text = raw.replace(CONTROLS, '');
  const cut: PasteCut = { flattened: false, blocks: null, chars: null };
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > PASTE_MAX_BLOCKS) {
    cut.blocks = { kept: PASTE_MAX_BLOCKS, total: lines.length };
    text = lines.slice(0, PASTE_MAX_BLOCKS).join('\n');
  }
  if (text.length > PASTE_MAX_CHARS) {
    cut.chars = { kept: PASTE_MAX_CHARS, total: raw.replace(CONTROLS, '').length };
    text = text.slice(0, /[\ud800-\udbff]/.test(text[PASTE_MAX_CHARS - 1]!) ? PASTE_MAX_CHARS - 1 : PASTE_MAX_CHARS);
  }
  return { text, cut };
}
