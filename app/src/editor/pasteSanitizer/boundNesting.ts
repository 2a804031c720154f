import { PASTE_BLOCK_ELEMENTS } from './pasteLimits';

/** Elements that never hold others: they open no level. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame']);
/** Elements whose content is raw text up to their end tag (a `<` in a script is not a tag). */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** A start tag of one of these closes an open element of the same name (HTML's optional end tags). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup']);
/** A start tag of one of these closes an open paragraph. */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul']);
/** An optional end tag is implied only back to the nearest of these. */
const SCOPE = new Set(['table', 'ul', 'ol', 'dl', 'select', 'td', 'th', 'body', 'html', 'div', 'blockquote']);
/** How far down the open elements an end tag looks for its start: keeps stray end tags from costing the whole stack. */
const END_TAG_REACH = 64;

interface Open {
  name: string;
  dropped: boolean;
}

/**
 * Pasted HTML bounded before any HTML parser sees it, in one pass over the markup: every element
 * nested deeper than `maxDepth` is unwrapped (its tags dropped, its text kept), and the markup ends
 * before the block element past `maxBlocks` (the rest is counted, not kept). Chromium's parser takes
 * time quadratic in nesting past 512 levels (a 100,000-deep `<div>`, 1.1 MB, froze the page for
 * minutes inside DOMParser alone), and the sanitiser's walk over 60,000 paragraphs took most of a
 * second. The pass knows enough of HTML to count levels as the parser will (void elements,
 * raw-text elements, optional end tags); what it returns is still parsed and sanitised as any paste.
 * When nothing was unwrapped or left out, the HTML comes back unchanged.
 */
export function boundNesting(html: string, maxDepth: number, maxBlocks = Infinity): { html: string; flattened: boolean; blocks: { kept: number; total: number } | null } {
  const out: string[] = [];
  const open: Open[] = [];
  let depth = 0;
  let flattened = false;
  let blocks = 0;
  let cutAt = -1;
  let i = 0;
  let copiedTo = 0;
  const skip = (from: number, to: number) => {
    // Past the cut nothing more is kept: the markup is only counted.
    if (cutAt !== -1) return;
    out.push(html.slice(copiedTo, from));
    copiedTo = to;
  };
  const pop = (to: number) => {
    while (open.length > to) if (!open.pop()!.dropped) depth--;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    const closing = next === '/';
    const nameMatch = /^[A-Za-z][^\s/>]*/.exec(html.slice(lt + (closing ? 2 : 1), lt + (closing ? 2 : 1) + 64));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    const end = tagEnd(html, lt + (closing ? 2 : 1) + nameMatch[0].length);
    if (closing) {
      const at = findOpen(open, name);
      if (at !== -1) {
        const dropped = open[at]!.dropped;
        pop(at);
        if (dropped) skip(lt, end);
      }
      i = end;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) || CLOSES_P.has(name)) {
      const at = findOpen(open, name === 'p' || CLOSES_P.has(name) ? 'p' : name, true);
      if (at !== -1) pop(at);
    }
    const selfClosed = VOID.has(name) || html[end - 2] === '/';
    const dropped = !selfClosed && depth >= maxDepth;
    // A wrapper unwrapped for depth is no paragraph of its own.
    if (!dropped && PASTE_BLOCK_ELEMENTS.has(name) && ++blocks > maxBlocks && cutAt === -1) cutAt = lt;
    if (!selfClosed) {
      if (dropped) {
        if (cutAt === -1) flattened = true;
        skip(lt, end);
      } else depth++;
      open.push({ name, dropped });
    }
    i = end;
    if (RAW.has(name) && !selfClosed) {
      // Its content runs to its end tag, whatever it looks like.
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = end;
      const found = close.exec(html);
      i = found ? found.index : html.length;
    }
  }
  const cut = cutAt === -1 ? null : { kept: maxBlocks, total: blocks };
  if (!flattened && !cut) return { html, flattened, blocks: null };
  out.push(html.slice(copiedTo, cutAt === -1 ? html.length : Math.max(copiedTo, cutAt)));
  return { html: out.join(''), flattened, blocks: cut };
}

/** The index just past the `>` of a tag whose attributes start at `from`; quoted values may hold `>`. */
function tagEnd(html: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

/** The open element of this name nearest the top, within reach (and, for an implied end tag, within scope), or -1. */
function findOpen(open: readonly Open[], name: string, implied = false): number {
  for (let k = open.length - 1; k >= 0 && k >= open.length - END_TAG_REACH; k--) {
    if (open[k]!.name === name) return k;
    if (implied && SCOPE.has(open[k]!.name)) return -1;
  }
  return -1;
}
