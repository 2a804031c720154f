import { describe, expect, it } from 'vitest';
import { docNodeSchema } from '../docSchema';
import { isExactDoc } from '../isExactDoc';
import { RICH_DOC } from './richDoc';

/** What the schema says: accepted, and returned equal to the input (nothing dropped or changed). */
const schemaKeepsAsIs = (value: unknown) => {
  const r = docNodeSchema.safeParse(value);
  return r.success && JSON.stringify(r.data) === JSON.stringify(value);
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const para = (content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const cite = (attrs: Record<string, unknown>) => ({ type: 'citation', attrs: { passageId: 'p1', kind: 'quote', ...attrs } });

// Valid documents, and each kind of deviation the schema refuses or repairs (an unknown key it drops).
const CASES: Array<[string, unknown]> = [
  ['the rich fixture', RICH_DOC],
  ['empty doc', doc()],
  ['empty paragraph', doc({ type: 'paragraph' })],
  ['every mark', doc(para([text('加粗', [{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }, { type: 'quoted', attrs: { passageId: 'p' } }, { type: 'adapted', attrs: { passageId: 'q' } }])]))],
  ['citation with null note and statement', doc(para([cite({ citedOn: '2026-01-01', note: null, statement: null })]))],
  ['hard break with marks', doc(para([{ type: 'hardBreak', marks: [{ type: 'bold' }] }]))],
  ['headings 1 and 2', doc({ type: 'heading', attrs: { level: 1 }, content: [text('一')] }, { type: 'heading', attrs: { level: 2 } })],
  ['lists and quotes', doc({ type: 'bulletList', content: [{ type: 'listItem', content: [para([text('项')])] }] }, { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [{ type: 'blockquote', content: [para([])] }] }] }, { type: 'orderedList', content: [{ type: 'listItem', content: [para([])] }] })],
  ['unknown key on a paragraph', doc({ type: 'paragraph', content: [], id: 'x' })],
  ['unknown key on the doc', { ...doc(), attrs: {} }],
  ['unknown mark attribute', doc(para([text('字', [{ type: 'bold', attrs: { x: 1 } }])]))],
  ['unknown citation attribute', doc(para([cite({ extra: 1 })]))],
  ['unknown list attribute', doc({ type: 'orderedList', attrs: { start: 1, reversed: true }, content: [{ type: 'listItem', content: [para([])] }] })],
  ['unknown node type', doc({ type: 'image', attrs: { src: 'x' } })],
  ['unknown mark type', doc(para([text('字', [{ type: 'link', attrs: { href: 'x' } }])]))],
  ['empty text', doc(para([text('')]))],
  ['text not a string', doc(para([{ type: 'text', text: 5 }]))],
  ['heading level 3', doc({ type: 'heading', attrs: { level: 3 } })],
  ['heading without attrs', doc({ type: 'heading' })],
  ['passage id too long', doc(para([cite({ passageId: 'p'.repeat(257) })]))],
  ['passage id at the bound', doc(para([cite({ passageId: 'p'.repeat(256) })]))],
  ['note too long', doc(para([cite({ note: '注'.repeat(20_001) })]))],
  ['citedOn too long', doc(para([cite({ citedOn: '1'.repeat(41) })]))],
  ['bad citation kind', doc(para([cite({ kind: 'other' })]))],
  ['seventeen marks', doc(para([text('字', Array.from({ length: 17 }, () => ({ type: 'bold' })))]))],
  ['empty list', doc({ type: 'bulletList', content: [] })],
  ['empty blockquote', doc({ type: 'blockquote', content: [] })],
  ['list item not a listItem', doc({ type: 'bulletList', content: [para([])] })],
  ['negative list start', doc({ type: 'orderedList', attrs: { start: -1 }, content: [{ type: 'listItem', content: [para([])] }] })],
  ['fractional list start', doc({ type: 'orderedList', attrs: { start: 1.5 }, content: [{ type: 'listItem', content: [para([])] }] })],
  ['list type too long', doc({ type: 'orderedList', attrs: { type: '123456789' }, content: [{ type: 'listItem', content: [para([])] }] })],
  ['content null', doc({ type: 'paragraph', content: null })],
  ['marks null', doc(para([{ type: 'text', text: '字', marks: null }]))],
  ['doc without content', { type: 'doc' }],
  ['not a doc', { type: 'paragraph', content: [] }],
  ['an array', []],
  ['a string', 'doc'],
  ['__proto__ key from JSON', JSON.parse('{"type":"doc","content":[{"type":"paragraph","__proto__":{"x":1}}]}')],
];

describe('isExactDoc: the stored document that needs no repair', () => {
  it.each(CASES)('agrees with the schema: %s', (_name, value) => {
    expect(isExactDoc(value)).toBe(schemaKeepsAsIs(value));
  });

  it('agrees on every single-field change of the rich fixture', () => {
    // Each leaf of the fixture replaced in turn by values of other types and sizes.
    const paths: Array<Array<string | number>> = [];
    const walk = (v: unknown, path: Array<string | number>) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
      else paths.push(path);
    };
    walk(RICH_DOC, []);
    let checked = 0;
    for (const path of paths) {
      for (const replacement of [null, 0, 7, '', 'x', 'y'.repeat(300), true, [], {}]) {
        const changed = clone(RICH_DOC) as unknown as Record<string | number, unknown>;
        let at: Record<string | number, unknown> = changed;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path.at(-1)!] = replacement;
        expect(isExactDoc(changed), JSON.stringify([path, replacement])).toBe(schemaKeepsAsIs(changed));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
