import type { BlockNode, DocNode, InlineNode, ListItemNode, Mark, MarkType } from '../doc/docTypes';
import { citationToMarkdown } from './citationSyntax';

// Markdown is the text form of a document. The writer emits a strict, regular subset that
// markdownToDoc reads back to the same document: marks as toggles in a fixed order, every
// Markdown-significant character escaped, and leading/trailing spaces as entities.

export const MARK_ORDER: MarkType[] = ['bold', 'italic', 'underline', 'quoted', 'adapted'];
/** Spans in Pandoc's bracketed-span syntax; quoted and adapted words name their passage. */
const SPAN_MARKS: MarkType[] = ['underline', 'quoted', 'adapted'];

function openMark(mark: Mark): string {
  return SPAN_MARKS.includes(mark.type) ? '[' : mark.type === 'bold' ? '**' : '*';
}

function closeMark(mark: Mark): string {
  if (mark.type === 'underline') return ']{.underline}';
  if (mark.type === 'quoted' || mark.type === 'adapted') return `]{.${mark.type} passage=${mark.attrs?.passageId ?? ''}}`;
  return mark.type === 'bold' ? '**' : '*';
}

/** Marks are the same when type and passage are. */
export function markKey(mark: Mark): string {
  return mark.attrs?.passageId ? `${mark.type}:${mark.attrs.passageId}` : mark.type;
}
/** A paragraph with no content: a line holding one backslash (a literal backslash is written `\\`). */
export const EMPTY_PARAGRAPH = '\\';

export function docToMarkdown(doc: DocNode, options: { title?: string } = {}): string {
  const parts: string[] = [];
  if (options.title) parts.push(`---\ntitle: ${yamlString(options.title)}\n---`);
  const body = blocksToMarkdown(doc.content ?? []);
  if (body) parts.push(body);
  return `${parts.join('\n\n')}\n`;
}

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

function blockToMarkdown(block: BlockNode, alternate = false): string {
  switch (block.type) {
    case 'paragraph': {
      const text = inlineToMarkdown(block.content ?? []);
      return text === '' ? EMPTY_PARAGRAPH : text;
    }
    case 'heading': {
      // A heading is one line in Markdown, so its line breaks are written as <br>.
      const text = inlineToMarkdown(block.content ?? [], { breakAs: '<br>' });
      return `${'#'.repeat(block.attrs.level)}${text ? ` ${text}` : ''}`;
    }
    case 'blockquote':
      return prefixLines(blocksToMarkdown(block.content), '> ', '>');
    case 'bulletList':
      return block.content.map((item) => listItem(item, alternate ? '+ ' : '- ')).join('\n');
    case 'orderedList': {
      const start = block.attrs?.start ?? 1;
      return block.content.map((item, i) => listItem(item, `${start + i}${alternate ? ')' : '.'} `)).join('\n');
    }
  }
}

function listItem(item: ListItemNode, marker: string): string {
  const body = blocksToMarkdown(item.content.length > 0 ? item.content : [{ type: 'paragraph' }]);
  const indent = ' '.repeat(marker.length);
  return body
    .split('\n')
    .map((line, i) => (i === 0 ? marker + line : line === '' ? '' : indent + line))
    .join('\n');
}

function prefixLines(text: string, prefix: string, emptyPrefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? emptyPrefix : prefix + line))
    .join('\n');
}

/**
 * Marks are written as toggles: at each change a mark that ends is closed and a mark that starts is
 * opened, each at most once, so a run of stars means italic (1), bold (2) or both (3).
 */
export function inlineToMarkdown(nodes: InlineNode[], options: { breakAs?: string } = {}): string {
  const hardBreak = options.breakAs ?? '\\\n';
  let out = '';
  const open: Mark[] = [];
  const switchTo = (wanted: Mark[]) => {
    const keys = new Set(wanted.map(markKey));
    for (let i = open.length - 1; i >= 0; i--) {
      const mark = open[i]!;
      if (!keys.has(markKey(mark))) {
        out += closeMark(mark);
        open.splice(i, 1);
      }
    }
    const openKeys = new Set(open.map(markKey));
    for (const type of MARK_ORDER) {
      for (const mark of wanted) {
        if (mark.type === type && !openKeys.has(markKey(mark))) {
          out += openMark(mark);
          open.push(mark);
        }
      }
    }
  };
  let lineStart = true;
  nodes.forEach((node, index) => {
    if (node.type !== 'text') {
      switchTo([]);
      out += node.type === 'citation' ? citationToMarkdown(node.attrs.passageId, node.attrs.kind, node.attrs.citedOn) : hardBreak;
      lineStart = node.type === 'hardBreak' && !options.breakAs;
      return;
    }
    switchTo(node.marks ?? []);
    const lineEnd = index === nodes.length - 1 || (nodes[index + 1]?.type === 'hardBreak' && !options.breakAs);
    out += escapeText(node.text, lineStart && open.length === 0, lineEnd);
    lineStart = false;
  });
  switchTo([]);
  return out;
}

const SPECIAL = /[\\*_[\]<>`&@{}|~]/g;

function escapeText(text: string, lineStart: boolean, last: boolean): string {
  let s = text.replace(SPECIAL, (c) => `\\${c}`);
  // Block syntax only matters at the start of a line.
  if (lineStart) s = s.replace(/^(#|-|\+|>|=|(\d+)([.)]))/, (m, _all, digits: string | undefined, punct: string | undefined) => (digits ? `${digits}\\${punct}` : `\\${m}`));
  s = s.replace(/^[ \t\u3000]+/, (ws) => [...ws].map(entity).join(''));
  if (last) s = s.replace(/[ \t\u3000]+$/, (ws) => [...ws].map(entity).join(''));
  return s.replace(/\n/g, '&#10;');
}

function entity(ch: string): string {
  return `&#${ch.codePointAt(0)};`;
}

function yamlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}
