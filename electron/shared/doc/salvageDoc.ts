import { DOC_DEPTH_MAX } from '../api/apiLimits';
import { docNodeSchema } from './docSchema';
import type { BlockNode, CitationKind, DocNode, InlineNode, ListItemNode, Mark } from './docTypes';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const children = (v: unknown): unknown[] => (isObject(v) && Array.isArray(v.content) ? v.content : []);
const KINDS: readonly CitationKind[] = ['quote', 'adaptation', 'seeAlso'];

/**
 * A stored document the editor could not open as it is (written before the boundary checked node
 * types, or damaged), turned into one it can: every word is kept. Nodes of an unknown type give up
 * their children or their text, known ones are repaired (a heading of level 3 is a level 2, an empty
 * quotation gets a paragraph, an empty text goes), unknown marks are dropped. Without this the
 * editor shows such a document blank.
 */
export function salvageDoc(value: unknown): DocNode {
  const doc: DocNode = { type: 'doc', content: blocks(children(value), 1) };
  if (doc.content.length === 0) doc.content.push({ type: 'paragraph' });
  return docNodeSchema.safeParse(doc).success ? doc : { type: 'doc', content: textParagraphs(value) };
}

function blocks(nodes: unknown[], depth: number): BlockNode[] {
  const out: BlockNode[] = [];
  for (const node of nodes) {
    if (!isObject(node)) continue;
    if (depth >= DOC_DEPTH_MAX - 2) {
      out.push(...textParagraphs(node));
      continue;
    }
    switch (node.type) {
      case 'paragraph':
        out.push(withInline({ type: 'paragraph' }, inline(children(node), depth + 1)));
        break;
      case 'heading': {
        const level = isObject(node.attrs) && node.attrs.level === 1 ? 1 : 2;
        out.push(withInline({ type: 'heading', attrs: { level } }, inline(children(node), depth + 1)));
        break;
      }
      case 'blockquote':
        out.push({ type: 'blockquote', content: nonEmpty(blocks(children(node), depth + 1)) });
        break;
      case 'bulletList':
      case 'orderedList': {
        const items = listItems(children(node), depth + 1);
        if (items.length === 0) break;
        const start = isObject(node.attrs) && Number.isInteger(node.attrs.start) ? Number(node.attrs.start) : 1;
        out.push(node.type === 'bulletList' ? { type: 'bulletList', content: items } : start >= 0 && start <= 999_999_999 && start !== 1 ? { type: 'orderedList', attrs: { start }, content: items } : { type: 'orderedList', content: items });
        break;
      }
      case 'listItem':
        out.push(...blocks(children(node), depth + 1));
        break;
      default: {
        // Unknown: a container gives up its children; inline things and text become a paragraph.
        if (children(node).some((c) => isObject(c) && BLOCK_TYPES.has(String(c.type)))) out.push(...blocks(children(node), depth + 1));
        else {
          const words = inline([node], depth + 1);
          if (words.length > 0) out.push({ type: 'paragraph', content: words });
        }
      }
    }
  }
  return out;
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem']);

function listItems(nodes: unknown[], depth: number): ListItemNode[] {
  const out: ListItemNode[] = [];
  for (const node of nodes) {
    if (!isObject(node)) continue;
    const content = node.type === 'listItem' ? blocks(children(node), depth + 1) : blocks([node], depth + 1);
    if (content.length > 0) out.push({ type: 'listItem', content });
  }
  return out;
}

function inline(nodes: unknown[], depth: number): InlineNode[] {
  const out: InlineNode[] = [];
  const push = (node: InlineNode) => {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text' && !last.marks && !node.marks) last.text += node.text;
    else out.push(node);
  };
  const stack: Array<{ node: unknown; depth: number }> = nodes.map((node) => ({ node, depth })).reverse();
  while (stack.length > 0) {
    const { node, depth: at } = stack.pop()!;
    if (!isObject(node)) continue;
    if (node.type === 'text') {
      if (typeof node.text !== 'string' || node.text === '') continue;
      const kept = markList(node.marks);
      push(kept.length > 0 ? { type: 'text', text: node.text, marks: kept } : { type: 'text', text: node.text });
    } else if (node.type === 'hardBreak') push({ type: 'hardBreak' });
    else if (node.type === 'citation' && isObject(node.attrs) && typeof node.attrs.passageId === 'string' && node.attrs.passageId.length <= 256) {
      const kind = KINDS.includes(node.attrs.kind as CitationKind) ? (node.attrs.kind as CitationKind) : 'quote';
      const { citedOn, note } = node.attrs;
      push({
        type: 'citation',
        attrs: {
          passageId: node.attrs.passageId,
          kind,
          ...(typeof citedOn === 'string' && citedOn.length <= 40 ? { citedOn } : {}),
          ...(typeof note === 'string' && note.length <= 20_000 ? { note } : {}),
        },
      });
    } else if (typeof node.text === 'string' && node.text !== '') push({ type: 'text', text: node.text });
    else if (at < DOC_DEPTH_MAX) {
      // An inline node of an unknown type, or a block inside a paragraph: its words stay, in order.
      const inner = children(node);
      for (let i = inner.length - 1; i >= 0; i--) stack.push({ node: inner[i], depth: at + 1 });
    }
  }
  return out;
}

function markList(value: unknown): Mark[] {
  if (!Array.isArray(value)) return [];
  const out: Mark[] = [];
  for (const m of value) {
    if (!isObject(m)) continue;
    if (m.type === 'bold' || m.type === 'italic' || m.type === 'underline') out.push({ type: m.type });
    else if ((m.type === 'quoted' || m.type === 'adapted') && isObject(m.attrs) && typeof m.attrs.passageId === 'string' && m.attrs.passageId.length <= 256) {
      out.push({ type: m.type, attrs: { passageId: m.attrs.passageId } });
    }
  }
  return out.slice(0, 16);
}

function withInline<T extends BlockNode>(node: T, content: InlineNode[]): T {
  return content.length > 0 ? { ...node, content } : node;
}

function nonEmpty(content: BlockNode[]): BlockNode[] {
  return content.length > 0 ? content : [{ type: 'paragraph' }];
}

/** Every string of text in the value, in order, as plain paragraphs: the last resort, found without recursion. */
function textParagraphs(value: unknown): BlockNode[] {
  const out: BlockNode[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node)) continue;
    if (typeof node.text === 'string' && node.text !== '') out.push({ type: 'paragraph', content: [{ type: 'text', text: node.text }] });
    const inner = children(node);
    for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]);
  }
  return out.length > 0 ? out : [{ type: 'paragraph' }];
}
