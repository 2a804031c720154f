import { DOC_BLOCKS_MAX } from '../api/apiLimits';
import type { DocNode } from './docTypes';

// Whether a value already is exactly what docNodeSchema would make of it: the node and mark types it
// allows, their attributes within its bounds, and no key it would drop. Then the value itself is the
// parse's result. Reading a stored 100,000-character draft through the schema took 7–25 ms (Zod
// rebuilds every node); this walk allocates nothing. Anything it is unsure of goes to the schema.
// Keep in step with docSchema.ts: docSchema.test.ts compares the two over valid and damaged documents.

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every own key of `o` is one of `allowed`. */
function onlyKeys(o: Obj, allowed: readonly string[]): boolean {
  for (const key in o) if (!allowed.includes(key)) return false;
  return true;
}

const optionalString = (v: unknown, max: number) => v === undefined || v === null || (typeof v === 'string' && v.length <= max);
const isPassageId = (v: unknown) => typeof v === 'string' && v.length <= 256;

function exactMarks(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v) || v.length > 16) return false;
  for (const m of v) {
    if (!isObj(m)) return false;
    if (m.type === 'bold' || m.type === 'italic' || m.type === 'underline') {
      if (!onlyKeys(m, ['type'])) return false;
    } else if (m.type === 'quoted' || m.type === 'adapted') {
      if (!onlyKeys(m, ['type', 'attrs']) || !isObj(m.attrs) || !onlyKeys(m.attrs, ['passageId']) || !isPassageId(m.attrs.passageId)) return false;
    } else return false;
  }
  return true;
}

function exactInline(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const n of v) {
    if (!isObj(n) || !exactMarks(n.marks)) return false;
    if (n.type === 'text') {
      if (!onlyKeys(n, ['type', 'text', 'marks']) || typeof n.text !== 'string' || n.text.length === 0) return false;
    } else if (n.type === 'citation') {
      const a = n.attrs;
      if (!onlyKeys(n, ['type', 'attrs', 'marks']) || !isObj(a) || !onlyKeys(a, ['passageId', 'kind', 'citedOn', 'note', 'statement'])) return false;
      if (!isPassageId(a.passageId) || (a.kind !== 'quote' && a.kind !== 'adaptation' && a.kind !== 'seeAlso')) return false;
      if (!optionalString(a.citedOn, 40) || !optionalString(a.note, 20_000) || !optionalString(a.statement, 2_000)) return false;
    } else if (n.type === 'hardBreak') {
      if (!onlyKeys(n, ['type', 'marks'])) return false;
    } else return false;
  }
  return true;
}

function exactBlocks(v: unknown, min: number, max = Infinity): boolean {
  if (!Array.isArray(v) || v.length < min || v.length > max) return false;
  for (const b of v) if (!exactBlock(b)) return false;
  return true;
}

function exactListItems(v: unknown): boolean {
  if (!Array.isArray(v) || v.length < 1) return false;
  for (const item of v) if (!isObj(item) || item.type !== 'listItem' || !onlyKeys(item, ['type', 'content']) || !exactBlocks(item.content, 1)) return false;
  return true;
}

function exactBlock(b: unknown): boolean {
  if (!isObj(b)) return false;
  switch (b.type) {
    case 'paragraph':
      return onlyKeys(b, ['type', 'content']) && exactInline(b.content);
    case 'heading':
      return onlyKeys(b, ['type', 'attrs', 'content']) && isObj(b.attrs) && onlyKeys(b.attrs, ['level']) && (b.attrs.level === 1 || b.attrs.level === 2) && exactInline(b.content);
    case 'blockquote':
      return onlyKeys(b, ['type', 'content']) && exactBlocks(b.content, 1);
    case 'bulletList':
      return onlyKeys(b, ['type', 'content']) && exactListItems(b.content);
    case 'orderedList': {
      const a = b.attrs;
      if (!onlyKeys(b, ['type', 'attrs', 'content'])) return false;
      if (a !== undefined) {
        if (!isObj(a) || !onlyKeys(a, ['start', 'type'])) return false;
        if (a.start !== undefined && !(typeof a.start === 'number' && Number.isInteger(a.start) && a.start >= 0 && a.start <= 999_999_999)) return false;
        if (!optionalString(a.type, 8)) return false;
      }
      return exactListItems(b.content);
    }
    default:
      return false;
  }
}

/**
 * True when `value` is a document docNodeSchema accepts and returns unchanged. Callers check its
 * depth first (docDepth), as for the schema: the walk recurses.
 */
export function isExactDoc(value: unknown): value is DocNode {
  return isObj(value) && value.type === 'doc' && onlyKeys(value, ['type', 'content']) && exactBlocks(value.content, 0, DOC_BLOCKS_MAX);
}
