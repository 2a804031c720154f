import type * as Htmlparser2 from 'htmlparser2';
import type * as Linkedom from 'linkedom';
import { lazyRequire } from '../../lazyRequire';
import { isElement, isText, type DomDocument, type DomNode, type DomText } from './domTypes';

// Loaded on the first page read, not when the host starts: linkedom alone takes ~75 ms to load, and
// the host's start-up is on the path to the first window.
const htmlparser2 = lazyRequire<typeof Htmlparser2>('htmlparser2');
const linkedom = lazyRequire<typeof Linkedom>('linkedom');

/** One piece of text as the tokenizer gave it: a run of characters, or one decoded entity. */
interface Piece {
  data: string;
  start: number;
  end: number;
}

export interface ParsedHtml {
  html: string;
  document: DomDocument;
  /** The HTML was a fragment (no <html>), parsed inside an <html><body> of the reader's. */
  wrapped: boolean;
  /** Deepest element nesting met; readers that recurse over the tree check it first. */
  depth: number;
  /**
   * Where each UTF-16 unit of a text node came from in `html`, for nodes the parser made (null for a
   * node made afterwards). A decoded entity maps onto the whole entity, so provenance stays exact.
   */
  regions(node: DomText): { starts: Int32Array; ends: Int32Array } | null;
}

/**
 * The one HTML reader: htmlparser2's tokenizer, whose callbacks report raw offsets, and linkedom's DOM
 * built from the same tokenizer, so every text node of the tree is paired with the raw regions of the
 * pieces it was made of. Every HTML the app reads — saved pages, MHTML, mammoth's rendering of a .docx,
 * markup left inside a text file — goes through here.
 */
export function parseHtml(html: string): ParsedHtml {
  const pieces: Piece[] = [];
  let depth = 0;
  let maxDepth = 0;
  const tokenizer = new (htmlparser2().Parser)(
    {
      ontext(data) {
        pieces.push({ data, start: tokenizer.startIndex, end: tokenizer.endIndex + 1 });
      },
      onopentag() {
        depth++;
        if (depth > maxDepth) maxDepth = depth;
      },
      onclosetag() {
        depth--;
      },
    },
    // linkedom's own settings, so both see the same text callbacks.
    { decodeEntities: true, lowerCaseAttributeNames: false },
  );
  tokenizer.write(html);
  tokenizer.end();

  // linkedom types its documents with the DOM library's names, which this layer does not compile
  // against; DomDocument is the subset used here.
  let document = new (linkedom().DOMParser)().parseFromString(html, 'text/html') as unknown as DomDocument;
  // A fragment (markup left in a text file, a clipboard's HTML) has no <html>, which linkedom's
  // document needs: it is parsed inside one. The wrapper adds no text, so the pairing below holds.
  const wrapped = !Array.from(document.childNodes).some((n) => isElement(n) && n.localName.toLowerCase() === 'html');
  if (wrapped) document = new (linkedom().DOMParser)().parseFromString(`<html><body>${html}</body></html>`, 'text/html') as unknown as DomDocument;

  // linkedom makes one text node per text callback, in document order: pair them up.
  const owner = new WeakMap<DomText, number>();
  let next = 0;
  for (const node of textNodes(document)) {
    let k = next;
    // Should the two ever disagree, look a little ahead rather than pair everything after wrongly.
    while (k < pieces.length && k < next + 64 && pieces[k]!.data !== node.data) k++;
    if (k < pieces.length && pieces[k]!.data === node.data) {
      owner.set(node, k);
      next = k + 1;
    }
  }

  return {
    html,
    document,
    wrapped,
    depth: maxDepth,
    regions(node) {
      const k = owner.get(node);
      if (k === undefined) return null;
      const piece = pieces[k]!;
      const n = node.data.length;
      const starts = new Int32Array(n);
      const ends = new Int32Array(n);
      const oneToOne = piece.end - piece.start === n;
      for (let i = 0; i < n; i++) {
        starts[i] = oneToOne ? piece.start + i : piece.start;
        ends[i] = oneToOne ? piece.start + i + 1 : piece.end;
      }
      return { starts, ends };
    },
  };
}

/** Text and CDATA nodes in document order, without recursion (pages can nest deeply). */
export function* textNodes(root: DomNode): Generator<DomText> {
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) {
      yield node;
      continue;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}
