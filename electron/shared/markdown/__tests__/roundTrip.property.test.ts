import { describe, expect, it } from 'vitest';
import type { BlockNode, CitationKind, DocNode, InlineNode, ListItemNode, Mark, MarkType } from '../../doc/docTypes';
import { docToMarkdown } from '../docToMarkdown';
import { markdownToDoc } from '../markdownToDoc';
import { normalizeDoc } from '../normalizeDoc';

// Property: for any document the schema can express, Markdown is lossless up to normalizeDoc.
// Documents are generated raw (marks out of order and repeated, texts split and empty, hard breaks
// leading, trailing and doubled, empty containers, odd ids) so the normaliser is exercised too.

function prng(seed: number) {
  let s = seed >>> 0;
  // mulberry32: small, deterministic, good enough to spread the cases.
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { rand, int, pick };
}

const PIECES = [
  ...'千万工程乡村振兴绿水青山就是金山银山，。：；？！“”‘’（）、《》…—',
  ...'abcXYZ019 ',
  ...'\\*_[]#>-+.)(!`~|{}<&;@%=:"\'/^$',
  ' ', '  ', '\t', '　', '\u00a0', '\n', '\r', '\r\n', '\uFEFF', '😀', '\ud800',
  '[@x]', '[参见 @y]', '[@z, 改写]', '**', '***', '__', '# ', '## ', '> ', '- ', '+ ', '* ', '1. ', '2) ', '---', '===',
  '```', '~~~', '% ', '&amp;', '&#32;', '&nbsp;', '<br>', '<u>', '[a](b)', '![i](j)', '[a]{.underline}', '\\\\', '\\',
  'snake_case_word', '2*3*4', 'e-mail@example.org',
];
const IDS = ['p0123456789abcdef', 'p-a', 'pb_2', 'a--b', '-lead', 'trail-', '', 'with space', 'a}b]c;d@e', '中文', 'x:y.z', 'line\nbreak'];
const MARKS: readonly MarkType[] = ['bold', 'italic', 'underline', 'quoted', 'adapted'];
const KINDS: readonly CitationKind[] = ['quote', 'adaptation', 'seeAlso'];

function generator(seed: number) {
  const { rand, int, pick } = prng(seed);
  const randText = () => Array.from({ length: int(6) }, () => pick(PIECES)).join('');
  const randMarks = (): Mark[] | undefined => {
    if (rand() < 0.35) return rand() < 0.5 ? undefined : [];
    return Array.from({ length: 1 + int(4) }, () => {
      const type = pick(MARKS);
      return type === 'quoted' || type === 'adapted' ? { type, attrs: { passageId: pick(IDS) } } : { type };
    });
  };
  const randInline = (): InlineNode[] =>
    Array.from({ length: int(7) }, (): InlineNode => {
      const r = rand();
      if (r < 0.12) {
        const citedOn = pick([undefined, null, '2026-11-22', '不是日期'] as const);
        return { type: 'citation', attrs: citedOn === undefined ? { passageId: pick(IDS), kind: pick(KINDS) } : { passageId: pick(IDS), kind: pick(KINDS), citedOn } };
      }
      if (r < 0.25) return { type: 'hardBreak' };
      const marks = randMarks();
      return marks ? { type: 'text', text: randText(), marks } : { type: 'text', text: randText() };
    });
  const randItems = (depth: number): ListItemNode[] =>
    Array.from({ length: int(4) }, () => ({ type: 'listItem', content: randBlocks(depth + 1, 3) }));
  const randBlock = (depth: number): BlockNode => {
    const r = rand();
    if (depth < 3 && r < 0.12) return { type: 'blockquote', content: randBlocks(depth + 1, 3) };
    if (depth < 3 && r < 0.22) return { type: 'bulletList', content: randItems(depth) };
    if (depth < 3 && r < 0.32) {
      const attrs = pick([undefined, {}, { start: 1 }, { start: 0 }, { start: int(120) }, { start: 99 }] as const);
      return attrs ? { type: 'orderedList', attrs, content: randItems(depth) } : { type: 'orderedList', content: randItems(depth) };
    }
    const content = randInline();
    if (r < 0.45) return { type: 'heading', attrs: { level: pick([1, 2] as const) }, content };
    return rand() < 0.1 ? { type: 'paragraph' } : { type: 'paragraph', content };
  };
  const randBlocks = (depth: number, max: number): BlockNode[] => Array.from({ length: int(max + 1) }, () => randBlock(depth));
  const randDoc = (): DocNode => ({ type: 'doc', content: randBlocks(0, 6) });
  const randTitle = (): string | undefined => (rand() < 0.3 ? undefined : rand() < 0.1 ? '' : randText() + pick(['\u2028', '"', '\\', '\u0007', '']));
  return { randDoc, randTitle };
}

describe('Markdown round trip (property)', () => {
  it('is lossless for 500 random documents', () => {
    const { randDoc, randTitle } = generator(20261122);
    for (let k = 0; k < 500; k++) {
      const doc = randDoc();
      const title = randTitle();
      const md = docToMarkdown(doc, { title });
      const back = markdownToDoc(md);
      expect({ title: back.title, doc: back.doc }, `document ${k}:\n${md}`).toEqual({ title: title ?? null, doc: normalizeDoc(doc) });
      // Writing the read-back document gives the same text: one Markdown form per document.
      expect(docToMarkdown(back.doc, { title }), `document ${k}`).toBe(md);
    }
  });

  it('normalizes idempotently', () => {
    const { randDoc } = generator(7);
    for (let k = 0; k < 200; k++) {
      const once = normalizeDoc(randDoc());
      expect(normalizeDoc(once)).toEqual(once);
    }
  });
});
