import { isElement, isText, type DomElement, type DomNode } from './domTypes';
import { parseHtml } from './parseHtml';

/** An element of HTML as a plain tree, for converters that walk structure (mammoth's rendering of a .docx). */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

/**
 * HTML as a plain tree of elements and strings, read by the one HTML parser (parseHtml): entities
 * decoded, comments dropped, tag and attribute names in lower case. Built without recursion.
 */
export function htmlTree(html: string): HtmlNode[] {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: { node: DomNode; into: HtmlElement }[] = [];
  const parsed = parseHtml(html);
  const document = parsed.document;
  // linkedom builds childNodes afresh on every read: read it once per node.
  const top = document.childNodes;
  for (let i = top.length - 1; i >= 0; i--) stack.push({ node: top[i]!, into: root });
  // Children are pushed in reverse, so each list is appended to in document order.
  while (stack.length > 0) {
    const { node, into } = stack.pop()!;
    if (isText(node)) {
      if (node.data) into.children.push(node.data);
      continue;
    }
    if (!isElement(node)) continue;
    const element: HtmlElement = { tag: node.localName.toLowerCase(), attrs: attributesOf(node), children: [] };
    into.children.push(element);
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, into: element });
  }
  // A fragment comes back as the fragment it was, not inside the <html><body> it was parsed in.
  return parsed.wrapped ? bodyNodes(root.children) : root.children;
}

function attributesOf(el: DomElement): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const name of ['id', 'class', 'href', 'src', 'style', 'title']) {
    const value = el.getAttribute(name);
    if (value !== null) attrs[name] = value;
  }
  return attrs;
}

/** What a whole page's <body> holds (or the nodes themselves when they are a fragment). */
export function bodyNodes(nodes: HtmlNode[]): HtmlNode[] {
  const stack = [...nodes];
  while (stack.length > 0) {
    const n = stack.shift()!;
    if (typeof n === 'string') continue;
    if (n.tag === 'body') return n.children;
    if (n.tag === 'html') stack.unshift(...n.children);
  }
  return nodes.filter((n) => typeof n === 'string' || (n.tag !== 'html' && n.tag !== 'head'));
}

/** The text of a node and everything in it. */
export function textOf(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  let out = '';
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') out += n;
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}
