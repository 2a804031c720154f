import type { BlockNode, DocNode, InlineNode, ListItemNode, Mark } from '../doc/docTypes';
import { citationToMarkdown } from './citationSyntax';
import { frontMatter } from './frontMatter';
import { MARK_ORDER, markKey, normalizeDoc } from './normalizeDoc';
import { spanAttributes } from './spanSyntax';

// Markdown is the text form of a document. The writer emits a strict, regular subset that
// markdownToDoc reads back to the same (normalised) document: marks as toggles in a fixed order,
// every Markdown-significant character escaped, and whitespace that Markdown would drop as entities.
// The dialect is described in README.md next to this file.

/** A paragraph with no content: a line holding one backslash (a literal backslash is written `\\`). */
export const EMPTY_PARAGRAPH = '\\';
/** A hard break that cannot be a backslash at the end of a line: in a heading, or ending a paragraph. */
const BREAK_TAG = '<br>';

/**
 * `references`: the numbered notes, written after the body as a Pandoc `::: {#refs}` div (where
 * pandoc --citeproc puts its bibliography); the reader skips that div, since it is derived.
 */
export function docToMarkdown(doc: DocNode, options: { title?: string | null; references?: { heading: string; entries: string[] } } = {}): string {
  const parts: string[] = [];
  if (typeof options.title === 'string') parts.push(frontMatter(options.title));
  parts.push(blocksToMarkdown(normalizeDoc(doc).content));
  const refs = options.references;
  if (refs && refs.entries.length > 0) {
    const escape = (text: string) => escapeText(text, { lineStart: true, lineEnd: true, toggled: false, afterCitation: false });
    parts.push([`${REFS_FENCE} {#refs .references}`, `**${escape(refs.heading)}**`, ...refs.entries.map((e, i) => `[${i + 1}] ${escape(e)}`), REFS_FENCE].join('\n\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

/** Opens and closes the reference-list div. */
export const REFS_FENCE = ':::';

function blocksToMarkdown(blocks: BlockNode[]): string {
  // Two lists of the same kind in a row would read back as one list; as in CommonMark, the second
  // uses the other bullet (+) or delimiter ()) to start a new one.
  let alternate = false;
  return blocks
    .map((block, i) => {
      alternate = blocks[i - 1]?.type === block.type ? !alternate : false;
      return blockToMarkdown(block, alternate);
    })
    .join('\n\n');
}

function blockToMarkdown(block: BlockNode, alternate: boolean): string {
  switch (block.type) {
    case 'paragraph':
      return block.content?.length ? inlineToMarkdown(block.content) : EMPTY_PARAGRAPH;
    case 'heading': {
      // A heading is one line in Markdown, so its line breaks are written as <br>.
      const text = inlineToMarkdown(block.content ?? [], { heading: true });
      return `${'#'.repeat(block.attrs.level)}${text ? ` ${text}` : ''}`;
    }
    case 'blockquote':
      return blocksToMarkdown(block.content)
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    case 'bulletList':
      return listToMarkdown(block.content, () => (alternate ? '+ ' : '- '));
    case 'orderedList': {
      const start = block.attrs?.start ?? 1;
      return listToMarkdown(block.content, (i) => `${start + i}${alternate ? ')' : '.'} `);
    }
  }
}

/** Items are one line apart (a tight list) unless one has several blocks, then a blank line apart. */
function listToMarkdown(items: ListItemNode[], marker: (i: number) => string): string {
  const loose = items.some((item) => item.content.length > 1);
  return items.map((item, i) => listItem(item, marker(i))).join(loose ? '\n\n' : '\n');
}

function listItem(item: ListItemNode, marker: string): string {
  const indent = ' '.repeat(marker.length);
  return blocksToMarkdown(item.content)
    .split('\n')
    .map((line, i) => (i === 0 ? marker + line : line === '' ? '' : indent + line))
    .join('\n');
}

/**
 * Marks are written as toggles: `*` italic, `**` bold, `***` both, each turning its marks on or off,
 * so a change between neighbours only toggles what changed. Spans must nest like brackets: when one
 * ends, everything opened inside it is closed first and reopened after it.
 */
export function inlineToMarkdown(nodes: InlineNode[], options: { heading?: boolean } = {}): string {
  let out = '';
  const open: Mark[] = [];
  const isSpan = (m: Mark) => m.type !== 'bold' && m.type !== 'italic';
  const close = (m: Mark) => (out += isSpan(m) ? `]${spanAttributes(m)}` : m.type === 'bold' ? '**' : '*');
  const switchTo = (wanted: Mark[]) => {
    const keys = new Set(wanted.map(markKey));
    const firstEndingSpan = open.findIndex((m) => isSpan(m) && !keys.has(markKey(m)));
    if (firstEndingSpan !== -1) for (const m of open.splice(firstEndingSpan).reverse()) close(m);
    for (let i = open.length - 1; i >= 0; i--) if (!keys.has(markKey(open[i]!))) close(open.splice(i, 1)[0]!);
    const openKeys = new Set(open.map(markKey));
    for (const type of MARK_ORDER) {
      const mark = wanted.find((m) => m.type === type);
      if (mark && !openKeys.has(markKey(mark))) {
        out += isSpan(mark) ? '[' : mark.type === 'bold' ? '**' : '*';
        open.push(mark);
      }
    }
  };
  let lineStart = true;
  let afterCitation = false;
  nodes.forEach((node, index) => {
    const last = index === nodes.length - 1;
    if (node.type === 'hardBreak') {
      switchTo([]);
      // A backslash at the very end of a paragraph would be read as a literal backslash.
      out += options.heading || last ? BREAK_TAG : '\\\n';
      lineStart = !options.heading;
      afterCitation = false;
    } else if (node.type === 'citation') {
      switchTo([]);
      // An external note is a Pandoc inline note, its text escaped like any other text.
      out += node.attrs.note
        ? `^[${escapeText(node.attrs.note, { lineStart: false, lineEnd: false, toggled: false, afterCitation: false })}]`
        : citationToMarkdown(node.attrs.passageId, node.attrs.kind, node.attrs.citedOn, node.attrs.statement);
      lineStart = false;
      afterCitation = true;
    } else {
      const marks = node.marks ?? [];
      switchTo(marks);
      const lineEnd = last || (nodes[index + 1]?.type === 'hardBreak' && !options.heading);
      const toggled = marks.some((m) => !isSpan(m));
      out += escapeText(node.text, { lineStart, lineEnd, toggled, afterCitation: afterCitation && marks.length === 0 });
      lineStart = false;
      afterCitation = false;
    }
  });
  switchTo([]);
  return out;
}

const SPECIAL = /[\\*_[\]<>`@{}|~#^]/;
const LINE_SPACE = /[ \t]/;
const SPACE = /\s/u;
/** What the reader would decode as an entity (it knows only a few names, but Pandoc knows all). */
const ENTITY_LIKE = /^&(#\d|#[xX][0-9a-fA-F]|[A-Za-z]{2,8};)/;

/**
 * Escapes text so that it reads back as the same characters. Whitespace at either end of a line is
 * dropped by Markdown, and next to a toggle it would stop the toggle, so there it becomes an entity.
 */
function escapeText(text: string, at: { lineStart: boolean; lineEnd: boolean; toggled: boolean; afterCitation: boolean }): string {
  const chars = Array.from(text);
  let s = '';
  let offset = 0;
  chars.forEach((c, i) => {
    const edge = (i === 0 && (at.toggled ? SPACE.test(c) : at.lineStart && LINE_SPACE.test(c))) ||
      (i === chars.length - 1 && (at.toggled ? SPACE.test(c) : at.lineEnd && LINE_SPACE.test(c)));
    if (edge || /[\r\n\ufeff]/.test(c)) s += `&#${c.codePointAt(0)};`;
    else if (SPECIAL.test(c) || (c === '&' && ENTITY_LIKE.test(text.slice(offset, offset + 12)))) s += `\\${c}`;
    else s += c;
    offset += c.length;
  });
  // Block syntax only matters at the start of a line; `%` there would open a Pandoc title block.
  if (at.lineStart) s = s.replace(/^(?:[-+=%]|(\d+)([.)]))/, (m, digits: string | undefined, punct: string | undefined) => (digits ? `${digits}\\${punct}` : `\\${m}`));
  // `[@id](x)` or `[@id]{x}` would read as a link or a span in Pandoc.
  if (at.afterCitation) s = s.replace(/^\(/, '\\(');
  return s;
}
