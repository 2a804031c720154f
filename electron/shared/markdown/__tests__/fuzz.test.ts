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

  // How fast, and that the time grows linearly, are bench rows (npm run bench -- --only=guards,markdown).
  it('copes with pathological nesting and long runs', () => {
    const inputs = ['>'.repeat(5000) + ' 深', '- '.repeat(3000) + '深', '['.repeat(5000) + ']'.repeat(5000) + '(x)', '*'.repeat(20000), '*a '.repeat(3000), '`'.repeat(5000)];
    for (const s of inputs) expect(markdownToDoc(s).doc.type).toBe('doc');
  });

  // Each of these took minutes before the reader was made linear (200 KB of nested brackets: 28 s), so a
  // return to that fails here by the test's time-out; their time at 1 MB is the markdown bench row.
  it.each(adversarialMarkdown().map((c) => [c.name, c.text] as const))('reads 1 MB of %s', (_name, text) => {
    const { doc } = markdownToDoc(text);
    expect(doc.type).toBe('doc');
    expect(doc.content.length).toBeGreaterThan(0);
  });
});
