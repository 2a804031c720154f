import { cleanNoteText, externalNoteId } from '../citations/externalNote';
import type { BlockNode, CitationKind, DocNode, InlineNode, ListItemNode, Mark, MarkType } from '../doc/docTypes';

// One canonical JSON form per document, so that "Markdown round-trips losslessly" can be stated as
// markdownToDoc(docToMarkdown(doc)).doc deep-equals normalizeDoc(doc). Both converters apply it.
// Everything it changes is something ProseMirror treats as the same document, or that the schema
// cannot hold (an empty list, a blockquote with no block); see README.md in this folder.

/** Canonical mark order: toggles outside, spans inside, so written Markdown nests the same way every time. */
export const MARK_ORDER: readonly MarkType[] = ['bold', 'italic', 'underline', 'quoted', 'adapted'];
const KINDS: readonly CitationKind[] = ['quote', 'adaptation', 'seeAlso'];
/** The 引用日期 is a calendar day; anything else cannot be told apart from a Pandoc locator on the way back. */
export const CITED_ON = /^\d{4}-\d{2}-\d{2}$/;
/** CommonMark allows at most nine digits in an ordered-list marker. */
const MAX_START = 999_999_999;

export function normalizeDoc(doc: DocNode): DocNode {
  return { type: 'doc', content: nonEmpty(normalizeBlocks(doc?.content)) };
}

function nonEmpty(blocks: BlockNode[]): BlockNode[] {
  return blocks.length > 0 ? blocks : [{ type: 'paragraph' }];
}

export function normalizeBlocks(blocks: readonly BlockNode[] | undefined): BlockNode[] {
  const out: BlockNode[] = [];
  for (const block of Array.isArray(blocks) ? blocks : []) {
    const b = normalizeBlock(block);
    if (b) out.push(b);
  }
  return out;
}

function normalizeBlock(block: BlockNode): BlockNode | null {
  switch (block?.type) {
    case 'paragraph': {
      const content = normalizeInline(block.content);
      return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
    }
    case 'heading': {
      const content = normalizeInline(block.content);
      const level: 1 | 2 = (block.attrs?.level ?? 1) <= 1 ? 1 : 2;
      return content.length > 0 ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } };
    }
    case 'blockquote':
      return { type: 'blockquote', content: nonEmpty(normalizeBlocks(block.content)) };
    case 'bulletList': {
      const items = normalizeItems(block.content);
      return items.length > 0 ? { type: 'bulletList', content: items } : null;
    }
    case 'orderedList': {
      const items = normalizeItems(block.content);
      if (items.length === 0) return null;
      const raw = block.attrs?.start;
      const start = typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= MAX_START ? raw : 1;
      // TipTap's default start is 1; leaving it out keeps one form for "starts at 1".
      return start === 1 ? { type: 'orderedList', content: items } : { type: 'orderedList', attrs: { start }, content: items };
    }
    default:
      return null;
  }
}

function normalizeItems(items: readonly ListItemNode[] | undefined): ListItemNode[] {
  return (Array.isArray(items) ? items : [])
    .filter((item) => item?.type === 'listItem')
    .map((item) => ({ type: 'listItem', content: nonEmpty(normalizeBlocks(item.content)) }));
}

/** Empty texts dropped, marks in canonical order (one per type), neighbours with equal marks merged. */
export function normalizeInline(nodes: readonly InlineNode[] | undefined): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of Array.isArray(nodes) ? nodes : []) {
    if (node?.type === 'text') {
      if (typeof node.text !== 'string' || node.text === '') continue;
      const marks = normalizeMarks(node.marks);
      const last = out[out.length - 1];
      if (last?.type === 'text' && sameMarks(last.marks, marks)) {
        out[out.length - 1] = { ...last, text: last.text + node.text };
      } else out.push(marks.length > 0 ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text });
    } else if (node?.type === 'citation') {
      const a = node.attrs ?? { passageId: '', kind: 'quote' };
      const note = typeof a.note === 'string' ? cleanNoteText(a.note) : '';
      if (note) {
        // An external note is its text: id, kind and date follow from it (Markdown writes only the text).
        out.push({ type: 'citation', attrs: { passageId: externalNoteId(note), kind: 'quote', note } });
        continue;
      }
      const kind = KINDS.includes(a.kind) ? a.kind : 'quote';
      const passageId = String(a.passageId ?? '');
      const citedOn = typeof a.citedOn === 'string' && CITED_ON.test(a.citedOn) ? { citedOn: a.citedOn } : {};
      // A statement quoted inside the passage (转引): kept as the writer cited it.
      const statement = typeof a.statement === 'string' && a.statement.trim() ? { statement: a.statement } : {};
      out.push({ type: 'citation', attrs: { passageId, kind, ...citedOn, ...statement } });
    } else if (node?.type === 'hardBreak') out.push({ type: 'hardBreak' });
  }
  return out;
}

export function normalizeMarks(marks: readonly Mark[] | undefined): Mark[] {
  const byType = new Map<MarkType, Mark>();
  for (const mark of Array.isArray(marks) ? marks : []) {
    // ProseMirror marks exclude their own type by default: a second `quoted` replaces nothing, we keep the first.
    if (!mark || !MARK_ORDER.includes(mark.type) || byType.has(mark.type)) continue;
    byType.set(
      mark.type,
      mark.type === 'quoted' || mark.type === 'adapted' ? { type: mark.type, attrs: { passageId: String(mark.attrs?.passageId ?? '') } } : { type: mark.type },
    );
  }
  return MARK_ORDER.flatMap((type) => {
    const mark = byType.get(type);
    return mark ? [mark] : [];
  });
}

/** Marks are the same when type and passage are. */
export function markKey(mark: Mark): string {
  return mark.attrs ? `${mark.type}:${mark.attrs.passageId}` : mark.type;
}

export function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((m, i) => markKey(m) === markKey(y[i]!));
}
