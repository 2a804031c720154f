import { normaliseDate } from '../normaliseDate';
import type { SourceMeta } from '../SourceMeta';
import { isElement, isText, type DomDocument, type DomNode } from './domTypes';

const COMMENT_NODE = 8;

/**
 * The facts a web page states about itself in its markup: Open Graph and article tags, the meta names
 * Chinese government and news systems write (ArticleTitle, PubDate, ContentSource, SiteName …),
 * JSON-LD, the canonical link, the address a browser notes when it saves a page, and a WeChat
 * article's own fields (title, 公众号, author, publish time). What the markup does not say stays null.
 */
export function pageMetadata(doc: DomDocument): Partial<SourceMeta> & { wechat: boolean } {
  const meta = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = clean(el.getAttribute('content'));
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const m = (...keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v) ?? null;
  const ld = jsonLd(doc);
  const scripts = Array.from(doc.querySelectorAll('script'))
    .map((s) => s.textContent ?? '')
    .join('\n');
  const wechat =
    doc.querySelector('#js_content') !== null && (doc.querySelector('#activity-name') !== null || /mp\.weixin\.qq\.com/.test(m('og:url') ?? '') || /var\s+(?:ct|msg_title|nickname)\s*=/.test(scripts));

  const text = (selector: string) => clean(doc.querySelector(selector)?.textContent ?? null);
  const scriptValue = (name: string) => {
    const found = new RegExp(`var\\s+${name}\\s*=\\s*(?:htmlDecode\\()?\\s*["']([^"'\\n]{1,300})["']`).exec(scripts);
    return found ? clean(found[1]!) : null;
  };

  let title = m('og:title', 'articletitle', 'twitter:title', 'dc.title') ?? ld.title ?? null;
  let site = m('og:site_name', 'sitename', 'application-name') ?? ld.site ?? null;
  let author = m('author', 'article:author', 'dc.creator', 'byline') ?? ld.author ?? null;
  let date = normaliseDate(m('article:published_time', 'pubdate', 'publishdate', 'publish_date', 'og:release_date', 'dc.date', 'dc.date.issued', 'date', 'firstpublishedtime') ?? ld.date);
  if (wechat) {
    title = text('#activity-name') ?? scriptValue('msg_title') ?? title;
    site = text('#js_name') ?? scriptValue('nickname') ?? site;
    author = text('#js_author_name') ?? author;
    date = normaliseDate(scriptValue('ct')) ?? normaliseDate(text('#publish_time')) ?? normaliseDate(scriptValue('createTime')) ?? date;
    // A WeChat article's platform, when the 公众号 name is not in the saved page.
    site ??= '微信公众号';
  }
  const docTitle = clean(doc.querySelector('title')?.textContent ?? null);
  if (!title) title = docTitle ? withoutSiteSuffix(docTitle, site) : text('h1');
  // "…--观点--人民网": a page that names no site in its meta tags names it at the end of its title.
  site ??= docTitle ? siteSuffix(docTitle) : null;
  const source = m('contentsource', 'source');
  return {
    title,
    site,
    author: author && !/^(admin|管理员|编辑部?)$/i.test(author) ? author : null,
    date,
    url: httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? httpUrl(m('og:url')) ?? httpUrl(ld.url) ?? savedFrom(doc),
    description: m('description', 'og:description'),
    // "来源：人民网－人民日报" in a meta tag names the outlet the text came from.
    newspaper: source && /日报|晚报|早报|报$/.test(source) ? source.replace(/^来源[:：]\s*/, '').replace(/^.*[－—-]\s*/, '') : null,
    wechat,
  };
}

function clean(value: string | null | undefined): string | null {
  const s = (value ?? '').replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, 300) : null;
}

function httpUrl(value: string | null | undefined): string | null {
  const s = (value ?? '').trim();
  return /^https?:\/\/[^\s<>"]+$/i.test(s) ? s : null;
}

/** "浙江“千万工程”二十年 - 新华网" → the page's own title, without the site's name after a separator. */
export function withoutSiteSuffix(title: string, site: string | null): string {
  const parts = title.split(/\s*(?:[-_|｜—–]{1,2}|::)\s*/);
  if (parts.length < 2) return title;
  const first = parts[0]!;
  const rest = parts.slice(1).join(' ');
  const looksLikeSite = (s: string) => (site !== null && s.includes(site)) || /(网|网站|门户|频道|政府|官网|客户端|公众号|平台|日报|新闻|首页|中国|在线)$/.test(s) || s.length <= 6;
  return first.length >= 4 && looksLikeSite(rest) ? first : title;
}

/** The last part of a page title when it is a site's name (人民网, 浙江省人民政府门户网站). */
function siteSuffix(title: string): string | null {
  const parts = title.split(/\s*(?:[-_|｜—–]{1,2}|::)\s*/).filter(Boolean);
  const last = parts[parts.length - 1];
  return parts.length >= 2 && last && last.length <= 20 && /(网|网站|门户|客户端|公众号|政府|日报|报社|在线|频道)$/.test(last) ? last : null;
}

/** `<!-- saved from url=(0053)https://… -->`, which browsers write at the top of a saved page. */
function savedFrom(doc: DomDocument): string | null {
  const stack: DomNode[] = [doc];
  let seen = 0;
  while (stack.length > 0 && seen < 200) {
    const node = stack.pop()!;
    seen++;
    if (node.nodeType === COMMENT_NODE) {
      const found = /saved from url=\(\d+\)(https?:\/\/\S+)/i.exec(node.textContent ?? '');
      if (found) return found[1]!;
    }
    if (isText(node)) continue;
    if (isElement(node) && node.localName === 'body') continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}

interface LdFacts {
  title: string | null;
  site: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
}

/** schema.org facts of an article from its JSON-LD blocks, when a page has them. */
function jsonLd(doc: DomDocument): LdFacts {
  const facts: LdFacts = { title: null, site: null, author: null, date: null, url: null };
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let value: unknown;
    try {
      value = JSON.parse(el.textContent ?? '');
    } catch {
      continue;
    }
    const items = (Array.isArray(value) ? value : [value]).flatMap((v: unknown) => (isRecord(v) && Array.isArray(v['@graph']) ? (v['@graph'] as unknown[]) : [v]));
    for (const item of items) {
      if (!isRecord(item) || !/Article|NewsArticle|BlogPosting|Report|WebPage/.test(String(item['@type'] ?? ''))) continue;
      facts.title ??= str(item.headline) ?? str(item.name);
      facts.date ??= str(item.datePublished);
      facts.url ??= str(item.url);
      facts.author ??= name(item.author);
      facts.site ??= name(item.publisher);
    }
  }
  return facts;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? clean(v) : null;
}

function name(v: unknown): string | null {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return v.map(name).filter(Boolean).join('，') || null;
  return isRecord(v) ? str(v.name) : null;
}
