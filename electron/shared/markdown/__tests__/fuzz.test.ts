import { describe, expect, it } from 'vitest';
import { docToMarkdown } from '../docToMarkdown';
import { markdownToDoc } from '../markdownToDoc';
import { normalizeDoc } from '../normalizeDoc';
import { adversarialMarkdown } from './adversarialMarkdown';

// Any string is a Markdown file someone may import: reading never throws, yields a normalised
// document, and that document then survives its own round trip.

function rand(seed: number) {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x80000000);
}

const CHARS = [...'#>-*+_`[]()@!\\&;:.=%~|{}<>"\'/1 2\n\n\r\t千万工程“”　😀', '\ud800', '\uFEFF', '**', '[@', '](', ']{.', '&#', '```', '---', '% ', '1. ', '<br>'];

describe('markdownToDoc on arbitrary input', () => {
  it('never throws on 1000 random strings, and what it reads round-trips', () => {
    const r = rand(7);
    for (let k = 0; k < 1000; k++) {
      const s = Array.from({ length: Math.floor(r() * 120) }, () => CHARS[Math.floor(r() * CHARS.length)]).join('');
      let read: ReturnType<typeof markdownToDoc> | undefined;
      expect(() => (read = markdownToDoc(s)), JSON.stringify(s)).not.toThrow();
      const { title, doc } = read!;
      expect(normalizeDoc(doc)).toEqual(doc);
      const again = markdownToDoc(docToMarkdown(doc, { title }));
      expect(again, JSON.stringify(s)).toEqual({ title, doc });
    }
  });

  it('copes with pathological nesting and long runs quickly', () => {
    const inputs = ['>'.repeat(5000) + ' 深', '- '.repeat(3000) + '深', '['.repeat(5000) + ']'.repeat(5000) + '(x)', '*'.repeat(20000), '*a '.repeat(3000), '`'.repeat(5000)];
    const started = Date.now();
    for (const s of inputs) expect(() => markdownToDoc(s)).not.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  // Each of these took minutes before the reader was made linear (200 KB of nested brackets: 28 s).
  // They take about 0.1–0.5 s each here (`npm run bench` prints the slowest); the bound below is
  // generous so that a loaded machine cannot fail it, while anything quadratic still does.
  it.each(adversarialMarkdown().map((c) => [c.name, c.text] as const))('reads 1 MB of %s in linear time', (_name, text) => {
    const started = performance.now();
    const { doc } = markdownToDoc(text);
    const ms = performance.now() - started;
    expect(doc.type).toBe('doc');
    expect(ms).toBeLessThan(3000);
  });
});
