import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../buildCorpus';
import { fixture } from './fixtureBuild';

const txt = (fileName: string, text: string) => ({ fileName, bytes: new TextEncoder().encode(text) });

describe('a source’s title when the file says nothing of itself', () => {
  it('is the title of the one essay it holds, not the file’s name (which a note would cite)', () => {
    const build = buildCorpus([
      txt('deqing.txt', '德清县数字乡村调研报告\n\n近年来，德清县以数字化改革为牵引，推动乡村治理方式深刻变革，全县行政村实现数字乡村一张图全覆盖。\n\n下一步，要坚持因地制宜、分类施策，把数字乡村建设同“千万工程”结合起来，久久为功推进乡村全面振兴。\n'),
      fixture('pdf-wrapped-opinion.txt'),
    ]);
    const titles = build.sources.map((s) => s.title);
    expect(titles).toContain('德清县数字乡村调研报告');
    expect(titles).toContain('关于深化“千万工程”全面推进和美乡村建设的实施意见');
    expect(titles).not.toContain('deqing');
  });

  it('stays the file’s name when nothing in the text names it', () => {
    const build = buildCorpus([txt('会议笔记.txt', '近年来，各地坚持因地制宜、分类施策，推动农村人居环境持续改善，群众获得感明显增强。\n\n要久久为功，持续推进乡村全面振兴。\n')]);
    expect(build.sources[0]!.title).toBe('会议笔记');
  });
});
