import type * as ReadabilityModule from '@mozilla/readability';
import { lazyRequire } from '../../lazyRequire';
import type { MappedText } from '../MappedText';
import { mergeMeta, type SourceMeta } from '../SourceMeta';
import type { DomDocument, DomNode } from './domTypes';
import { htmlText } from './htmlText';
import { isFurnitureElement } from './isFurnitureElement';
import { pageMetadata } from './pageMetadata';
import { parseHtml } from './parseHtml';

const readability = lazyRequire<typeof ReadabilityModule>('@mozilla/readability');

/** Deeper than any real page; past it the tree is read flat, without the article finder's recursion. */
const READABLE_DEPTH = 400;
/** An article shorter than this (characters, white space left out) is not taken as the page's text. */
const ARTICLE_MIN = 60;

export interface HtmlPage {
  /** The article's text, one line per block, mapped into the HTML. */
  body: MappedText;
  /** All the page's visible text (for facts stated around the article, such as 来源： and 发布时间：). */
  pageText: string;
  meta: SourceMeta;
  /** How the text was found: a WeChat article's body, the article finder's choice, or the whole page. */
  extraction: 'wechat' | 'article' | 'page';
}

/**
 * A saved web page as a source: its main text found by Mozilla's Readability (the reader view of
 * Firefox) over the parsed tree, so navigation, related links, share widgets, comments, footers and
 * ads never reach a passage; a WeChat article's body taken from where WeChat puts it. Offsets of the
 * text point into the HTML, so the source viewer can show each passage in the page's source.
 */
export function readHtmlPage(html: string): HtmlPage {
  const parsed = parseHtml(html);
  const doc = parsed.document;
  const page = pageMetadata(doc);
  const bodyRoot: DomNode = doc.body ?? doc;
  const pageText = htmlText(parsed, bodyRoot, { collapseWhitespace: true }).text;
  unhideScriptRevealedContent(doc, visibleLength(pageText));

  let root: DomNode | null = null;
  let extraction: HtmlPage['extraction'] = 'page';
  let found: Partial<SourceMeta> = {};
  if (page.wechat) {
    root = doc.querySelector('#js_content');
    extraction = 'wechat';
  } else if (parsed.depth <= READABLE_DEPTH) {
    const article = findArticle(doc);
    if (article) {
      root = article.root;
      found = article.meta;
      extraction = 'article';
    }
  }
  let body = root ? htmlText(parsed, root, { collapseWhitespace: true, skip: isFurnitureElement }) : null;
  if (!body || visibleLength(body.text) < ARTICLE_MIN) {
    body = htmlText(parsed, bodyRoot, { collapseWhitespace: true, skip: isFurnitureElement });
    extraction = 'page';
  }
  const { wechat: _wechat, ...stated } = page;
  return { body, pageText, meta: mergeMeta(stated, found), extraction };
}

function findArticle(doc: DomDocument): { root: DomNode; meta: Partial<SourceMeta> } | null {
  try {
    // Readability reads and rearranges the tree it is given (this one is ours alone); the article
    // comes back as the element itself, whose text nodes are still the parsed ones.
    // linkedom implements the DOM Readability reads; its type declarations are its own, hence the cast.
    const reader = new (readability().Readability)<DomNode>(doc as unknown as ConstructorParameters<typeof ReadabilityModule.Readability>[0], { charThreshold: 150, keepClasses: true, serializer: (el: DomNode) => el });
    const article = reader.parse();
    if (!article?.content) return null;
    return {
      root: article.content,
      meta: { title: article.title ?? null, author: article.byline ?? null, site: article.siteName ?? null },
    };
  } catch {
    // A page the article finder cannot handle is read whole; the furniture rules still apply.
    return null;
  }
}

/**
 * Pages that show their text only once a script has run (WeChat's body is `visibility: hidden` until
 * then) would look empty to any reader of the saved file. An element hidden by its own style that holds
 * most of the page's text is the text, so it is shown; small hidden menus and pop-ups stay hidden.
 */
function unhideScriptRevealedContent(doc: DomDocument, pageLength: number): void {
  for (const el of Array.from(doc.querySelectorAll('[style]'))) {
    const style = (el.getAttribute('style') ?? '').toLowerCase();
    if (!/visibility\s*:\s*hidden|display\s*:\s*none|opacity\s*:\s*0(?![.\d])/.test(style)) continue;
    if (visibleLength(el.textContent ?? '') < Math.max(ARTICLE_MIN, pageLength * 0.4)) continue;
    el.setAttribute('style', style.replace(/visibility\s*:\s*hidden|display\s*:\s*none|opacity\s*:\s*0(?![.\d])/g, ''));
  }
}

function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}
