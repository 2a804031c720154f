import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../buildCorpus';
import { seedFiles } from './seedFiles';

describe('stable ids', () => {
  it('rebuilding keeps every source, work and passage id', () => {
    const a = buildCorpus(seedFiles());
    const b = buildCorpus(seedFiles());
    expect(b.sources.map((s) => s.id)).toEqual(a.sources.map((s) => s.id));
    expect(b.works.map((w) => w.id)).toEqual(a.works.map((w) => w.id));
    expect(b.passages.map((p) => p.id).sort()).toEqual(a.passages.map((p) => p.id).sort());
  });

  it('a changed file keeps the ids of its unchanged passages', () => {
    const files = seedFiles();
    const before = buildCorpus(files);
    const changed = files.map((f) =>
      f.fileName.startsWith('003') ? { ...f, bytes: Buffer.from(Buffer.from(f.bytes).toString('utf8').replace('此次专题培训，使我多方面感受到了', '此次专题培训，让我深刻感受到了')) } : f,
    );
    const after = buildCorpus(changed);
    const afterIds = new Set(after.passages.map((p) => p.id));
    const lost = before.passages.filter((p) => !afterIds.has(p.id));
    expect(lost).toHaveLength(1);
    expect(lost[0]?.text).toContain('使我多方面感受到了');
  });
});

describe('a large input', () => {
  it('builds about 1 MB of varied copies, merging the near-duplicates', () => {
    const seeds = seedFiles();
    const base = seeds.map((f) => Buffer.from(f.bytes).toString('utf8')).join('\n');
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      // Vary each copy so it is new text, not the same passages over and over.
      const variant = base.replace(/浙江/g, `浙江${i % 97}`).replace(/乡村/g, i % 2 ? '乡村' : '农村');
      parts.push(variant);
      size += Buffer.byteLength(variant);
    }
    const bytes = Buffer.from(parts.join('\n'));
    expect(bytes.length).toBeGreaterThan(1_000_000);
    const build = buildCorpus([{ fileName: 'big.txt', bytes }]);
    // The variants differ by a word or two, so most merge as near-duplicates. The cost of 1 MB is the
    // bench row 'library: import 1 MB text' (npm run bench -- --only=library).
    expect(build.passages.length).toBeGreaterThan(150);
    expect(build.passages.some((p) => p.occurrences.length > 5)).toBe(true);
  });
});
