import { isElement, isText, type DomElement, type DomNode } from './domTypes';

/**
 * Class and id words of the page parts that are never an article's text: sharing and font-size
 * widgets, print and tool bars, QR codes, comments, related and recommended lists, breadcrumbs,
 * navigation, footers, ads, "open in app" banners. Words, not whole names, so "bdsharebuttonbox",
 * "article-share" and "fontSize" all match.
 */
const FURNITURE_WORDS =
  /(?:^|[-_\s])(?:bd)?(?:share|sharebox|jiathis|fontsize|font-size|zihao|print|toolbar|tools|qrcode|qr|erweima|ewm|code-?img|comments?|reply|replies|related|relate|recommend|recom|hot|hotnews|rank|ranking|breadcrumbs?|crumbs?|position|location|curpos|nav|navbar|menu|footer|foot|copyright|ads?|advert|advertisement|banner|sidebar|side|subscribe|follow|open-?app|app-?download|download-?app|login|search|pagination|pager|prev-?next|pre-?next|tags?|keywords?)(?:$|[-_\s\d])/i;

const STRUCTURAL = new Set(['nav', 'aside', 'footer', 'form']);

/**
 * An element inside or around an article that is page furniture: a structural tag (nav, aside,
 * footer, form) or furniture words in its class or id — but only when it is short or mostly links,
 * so a content container that happens to be called "article-side-text" is never dropped.
 */
export function isFurnitureElement(node: DomNode): boolean {
  if (!isElement(node)) return false;
  const tag = node.localName.toLowerCase();
  const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
  const structural = STRUCTURAL.has(tag) || (tag === 'header' && !hasHeading(node));
  if (!structural && !FURNITURE_WORDS.test(camelToWords(names))) return false;
  const { text, linked } = measure(node);
  if (text === 0) return true;
  return text < 200 || linked / text > 0.5;
}

function camelToWords(s: string): string {
  return s.replace(/([a-z])([A-Z])/g, '$1-$2');
}

function hasHeading(node: DomElement): boolean {
  return node.querySelector('h1, h2') !== null;
}

/** Characters of text in a subtree (white space left out) and how many of them are inside links. */
function measure(root: DomNode): { text: number; linked: number } {
  let text = 0;
  let linked = 0;
  const stack: { node: DomNode; inLink: boolean }[] = [{ node: root, inLink: false }];
  while (stack.length > 0) {
    const { node, inLink } = stack.pop()!;
    if (isText(node)) {
      const n = node.data.replace(/\s+/g, '').length;
      text += n;
      if (inLink) linked += n;
      continue;
    }
    const link = inLink || (isElement(node) && node.localName.toLowerCase() === 'a');
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) stack.push({ node: children[i]!, inLink: link });
  }
  return { text, linked };
}
