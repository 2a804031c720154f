import type { MappedText } from './MappedText';
import type { SourceFormat } from './decodeSource';

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·',
  copy: '©', reg: '®', times: '×', laquo: '«', raquo: '»', bull: '•',
};

export const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

/** The character an HTML entity stands for, or null when it is not one we know. */
export function decodeEntity(m: RegExpExecArray): string | null {
  if (m[1] !== undefined) return safeCodePoint(Number(m[1]));
  if (m[2] !== undefined) return safeCodePoint(parseInt(m[2], 16));
  return m[3] !== undefined ? (NAMED_ENTITIES[m[3].toLowerCase()] ?? null) : null;
}

function safeCodePoint(n: number): string | null {
  return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : null;
}

const BLOCK_TAGS = 'p|div|br|hr|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|nav|aside|blockquote|pre|title|dd|dt|figure|figcaption|form|main';

/**
 * Reduces HTML or Markdown to its text while keeping every character's link to the raw file, so a
 * passage of a news page still highlights inside the page source. Block-level tags become line breaks
 * because structure recovery reads lines.
 */
export function stripMarkup(text: MappedText, format: SourceFormat): MappedText {
  if (format === 'html') return stripHtml(text);
  if (format === 'markdown') return stripMarkdown(text);
  return text;
}

function stripHtml(text: MappedText): MappedText {
  let t = text.replaceAll(/<(script|style|noscript|head|template|svg)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, () => '');
  const block = new RegExp(`^</?(?:${BLOCK_TAGS})\\b`, 'i');
  t = t.replaceAll(/<\/?[a-zA-Z][^<>]*>/g, (m) => (block.test(m[0]) ? '\n' : ''));
  t = t.replaceAll(ENTITY_RE, decodeEntity);
  // Indentation and blank lines left by the markup are layout, not text.
  return t.replaceAll(/[ \t\u00a0]*\n[ \t\u00a0\n]*/g, () => '\n');
}

function stripMarkdown(text: MappedText): MappedText {
  // Markdown may carry raw HTML; a script in it is code, not the writer's text.
  let t = text.replaceAll(/<(script|style|noscript|template|svg|iframe)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, () => '');
  t = t.replaceAll(/<\/?[a-zA-Z][^<>]*>/g, () => '');
  t = t.replaceAll(/!\[[^\]]*\]\([^)]*\)/g, () => '');
  t = t.replaceAll(/\[([^\]]+)\]\([^)]*\)/g, (m) => m[1] ?? '');
  t = t.replaceAll(/^(?:#{1,6}|>|[-*+](?=\s))[ \t]*/gm, () => '');
  return t.replaceAll(/\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`/g, () => '');
}
