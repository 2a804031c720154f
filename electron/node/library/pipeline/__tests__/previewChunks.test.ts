import { describe, expect, it } from 'vitest';
import { MappedText } from '../../../formats/MappedText';
import { buildCorpus } from '../buildCorpus';
import { rejoinChunks } from '../rejoinChunks';
import { allText, expectProvenance, fixture, passagesOf } from './fixtureBuild';

// A 范文 preview copied without its line breaks: the site's chunk numbers sit inside words and
// sentences ("久久为4、功的韧劲"); a work plan whose list items are as regular as chunks keeps its numbers.
const build = buildCorpus([fixture('preview-glued-chunks.txt'), fixture('work-plan-list.txt')]);

describe('preview-chunk numbers glued into the text', () => {
  it('are taken out and the halves joined, so the sentences read as written', () => {
    const preview = passagesOf(build, 'preview-glued-chunks.txt').map((p) => p.text).join('\n');
    for (const joined of ['之所以能够取得成功，关键在于', '村道能不能亮起来，污水能不能不再横流', '坚持久久为功的韧劲', '形成了推动乡村发展的强大合力', '贡献自己的力量。']) {
      expect(preview, joined).toContain(joined);
    }
    // No number left between two characters of a word or before a comma.
    expect(preview).not.toMatch(/[\u4e00-\u9fff]\d{1,2}、[\u4e00-\u9fff，。]/);
    expect(build.report.filter((r) => r.step === 'chunks' && r.action.startsWith('拼接预览分块'))).toHaveLength(6);
  });

  it('keeps the real list numbers inside the preview and in a work plan', () => {
    const text = allText(build);
    for (const item of ['1、坚持产业为基', '2、坚持治理为要', '3、坚持文化为魂', '1、抓好村庄规划编制。', '5、抓好组织保障落实。', '1、先易后难；2、以点带面；3、典型引路。']) {
      expect(text, item).toContain(item);
    }
    const plan = build.sources.find((s) => s.fileName === 'work-plan-list.txt')!.id;
    expect(build.report.filter((r) => r.sourceId === plan && r.step === 'chunks')).toEqual([]);
  });

  it('points each rejoined passage at its span in the preview', () => {
    expectProvenance(build);
  });
});

describe('rejoinChunks on run-together text', () => {
  const filler = '推进农村人居环境整治，改善村容村貌，建设美丽乡村，让群众过上好日子。';
  it('finds chunk numbers by their regular spacing even beside list numbers of the same value', () => {
    const essay = `${filler.repeat(8)}主要做法：1、规划先行。2、整治入手。3、长效管护。${filler.repeat(6)}`;
    const cut = (s: string, size: number) => Array.from({ length: Math.ceil(s.length / size) }, (_, i) => `${i + 1}、${s.slice(i * size, (i + 1) * size)}`).join('');
    const r = rejoinChunks(MappedText.identity(cut(essay, 150)), 's');
    expect(r.chunked).toBe(true);
    expect(r.text.text).toBe(essay);
  });
  it('leaves a run of list items that each follow a sentence end', () => {
    const list = [1, 2, 3, 4, 5].map((n) => `${n}、${filler.repeat(4)}`).join('');
    expect(rejoinChunks(MappedText.identity(list), 's').chunked).toBe(false);
  });
});
