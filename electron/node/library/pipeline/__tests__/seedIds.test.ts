import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../buildCorpus';
import { seedFiles } from './seedFiles';

// Citations in writers' documents name passages by id. The ids of the shipped library are pinned
// here, so a change to the cleaning, the splitting or the fold that defines ids (foldForPassageId) shows
// up as a failing test and an explicit decision, never as old documents whose notes stop resolving.
// After a deliberate change: QIANWAN_UPDATE_GOLDEN=1 npx vitest run seedIds, and say why in the commit.
const GOLDEN = path.join(__dirname, 'golden', 'seedIds.json');

describe('the seed library ids', () => {
  it('are the pinned ones', () => {
    const build = buildCorpus(seedFiles());
    const actual = {
      sources: build.sources.map((s) => s.id).sort(),
      works: build.works.map((w) => w.id).sort(),
      passages: build.passages.map((p) => p.id).sort(),
    };
    if (process.env.QIANWAN_UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 1)}\n`);
    const golden = JSON.parse(fs.readFileSync(GOLDEN, 'utf8')) as typeof actual;
    expect(actual.sources).toEqual(golden.sources);
    expect(actual.works).toEqual(golden.works);
    const lost = golden.passages.filter((id) => !actual.passages.includes(id));
    const added = actual.passages.filter((id) => !golden.passages.includes(id));
    expect({ lost, added }).toEqual({ lost: [], added: [] });
  });
});
