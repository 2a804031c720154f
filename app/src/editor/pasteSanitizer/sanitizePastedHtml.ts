/** Elements whose content is code, embedded pages or form controls, never the writer's text. */
const DROP = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'meta', 'base', 'form', 'input',
  'button', 'textarea', 'select', 'option', 'template', 'noscript', 'svg', 'math', 'video', 'audio', 'source', 'track',
  'canvas', 'img', 'picture', 'portal', 'dialog',
]);
/** Deeper than any real document; below it only text is kept, so later parsing cannot exhaust the stack. */
export const PASTE_MAX_DEPTH = 48;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Pasted HTML (from a web page, Word, WPS) as the editor may read it: parsed in an inert document
 * (nothing loads, no handler runs), code and embedded content removed, every attribute dropped except
 * `data-*` (our own citations and marks copied within the app) and harmless inline `style` (bold and
 * italic from Word and Google Docs), control characters removed, and nesting flattened.
 */
export function sanitizePastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
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
        el.textContent = textOf(el);
        continue;
      }
      stack.push({ node: el, depth: depth + 1 });
    }
  }
  return body.innerHTML;
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

export function sanitizePastedText(text: string): string {
  return text.replace(CONTROLS, '');
}
