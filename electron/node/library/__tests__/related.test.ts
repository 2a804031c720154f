import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUserDb } from '../../db/openUserDb';
import { buildLibrary } from '../buildLibrary';
import { extractKeyTerms } from '../extractKeyTerms';
import { LibraryService } from '../LibraryService';

const corpus = path.resolve(__dirname, '..', '..', '..', '..', 'resources', 'corpus');
let dir: string;
let lib: LibraryService;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-related-'));
  await buildLibrary(corpus, path.join(dir, 'library.db'));
  lib = new LibraryService(path.join(dir, 'library.db'), openUserDb(':memory:'));
});
afterAll(() => {
  lib.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('related passages', () => {
  const paragraph = '我们村要抓好农村生活垃圾分类和污水治理，推进厕所改造，持续改善人居环境。';

  it('finds the key terms of a paragraph, leaving out words every essay uses', () => {
    const terms = extractKeyTerms(`学习千万工程经验，${paragraph}`);
    expect(terms.length).toBeGreaterThan(2);
    expect(terms).not.toContain('千万工程');
    expect(terms.some((t) => ['垃圾分类', '污水', '人居环境', '厕所'].includes(t))).toBe(true);
  });

  it('lists passages sharing those terms, with the shared terms highlighted, most shared first', () => {
    const related = lib.related(paragraph, [], 5);
    expect(related.length).toBeGreaterThan(2);
    expect(related[0]!.terms.length).toBeGreaterThanOrEqual(related[related.length - 1]!.terms.length);
    for (const r of related) {
      expect(r.terms.length).toBeGreaterThan(0);
      // Adjacent terms merge into one highlighted range.
      for (const [s, e] of r.highlights) expect(r.terms.some((t) => r.text.slice(s, e).includes(t))).toBe(true);
    }
    const again = lib.related(paragraph, [related[0]!.id], 5);
    expect(again.map((r) => r.id)).not.toContain(related[0]!.id);
  });
});
