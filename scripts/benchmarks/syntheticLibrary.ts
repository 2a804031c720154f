import fs from 'node:fs';
import path from 'node:path';
import { buildCorpus } from '../../electron/node/library/pipeline/buildCorpus';
import type { BuiltPassage, CorpusBuild } from '../../electron/node/library/pipeline/corpusTypes';
import { readCorpusDir } from '../../electron/node/library/buildLibrary';
import { stableId } from '../../electron/node/library/pipeline/stableId';
import { seededRandom } from '../bench/seededRandom';

/**
 * A library of `count` passages made by recombining the sentences of the seed corpus (cleaned by the
 * real pipeline), about 300 characters each: realistic vocabulary and repetition, at any scale.
 */
export function syntheticLibrary(root: string, count: number): CorpusBuild {
  const seed = buildCorpus(readCorpusDir(path.join(root, 'resources', 'corpus')));
  const sentences = seed.passages.flatMap((p) => p.text.split(/(?<=[。！？])/u)).filter((s) => s.length >= 8);
  const headings = [...new Set(seed.passages.map((p) => p.heading).filter((h): h is string => !!h))];
  const themes = ['人居环境', '生态文明', '产业发展', '人才', '基层治理', '规划', '党建引领', '投入机制', '数字乡村', '乡村文化', '公共服务', '城乡融合', '共同富裕', '以人民为中心'];
  const kinds: BuiltPassage['kind'][] = ['论述', '做法', '案例', '观点', '数据'];
  const rand = seededRandom(20231206);
  const sourceId = 'sbench000000';
  const works = Array.from({ length: Math.ceil(count / 50) }, (_, i) => ({ id: `wbench${i}`, sourceId, ord: i, title: `合成篇目 ${i + 1}` }));
  const passages: BuiltPassage[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const target = 120 + Math.floor(rand() * 360);
    while (text.length < target) text += sentences[Math.floor(rand() * sentences.length)];
    const work = works[Math.floor(i / 50)]!;
    passages.push({
      id: stableId('p', `${i}:${text}`),
      text,
      heading: rand() < 0.6 ? headings[Math.floor(rand() * headings.length)]! : null,
      kind: kinds[Math.floor(rand() * kinds.length)]!,
      themes: [themes[Math.floor(rand() * themes.length)]!, themes[Math.floor(rand() * themes.length)]!].filter((t, k, a) => a.indexOf(t) === k),
      rules: [],
      incomplete: false,
      flags: [],
      occurrences: [{ sourceId, workId: work.id, ord: i % 50, start: 0, end: 0 }],
    });
  }
  return {
    sources: [{ id: sourceId, fileName: 'synthetic.txt', rawText: '', title: '合成素材库', site: null, date: null, url: null, docNumber: null, pages: null, author: null }],
    works,
    passages,
    report: [],
  };
}

export function fileSize(file: string): number {
  return fs.statSync(file).size;
}
