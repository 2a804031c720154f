import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { librarySchemaSql, LIBRARY_SCHEMA_VERSION } from '../../electron/node/library/librarySchema';
import { foldSearchText } from '../../electron/shared/search/foldSearchText';
import { seededRandom } from './seededRandom';

const THEMES = ['人居环境', '生态文明', '产业发展', '人才', '基层治理', '规划', '党建引领', '投入机制', '数字乡村', '乡村文化', '公共服务', '城乡融合', '共同富裕', '以人民为中心'];
const KINDS = ['论述', '做法', '案例', '观点', '数据'];
const PASSAGES_PER_WORK = 50;
const WORKS_PER_SOURCE = 20;

/** Sentences of the seed corpus, and its short lines as headings. */
function corpusPieces(root: string): { sentences: string[]; headings: string[] } {
  const dir = path.join(root, 'resources', 'corpus');
  const lines = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter(Boolean);
  const sentences = lines.flatMap((l) => l.split(/(?<=[。！？；])/u)).filter((s) => s.length >= 8);
  const headings = [...new Set(lines.filter((l) => l.length >= 4 && l.length <= 24 && !/[。！？]$/u.test(l)))];
  return { sentences, headings };
}

export interface SyntheticLibrary {
  passages: number;
  /** UTF-16 units of passage text. */
  units: number;
  ms: number;
}

/**
 * Writes a library.db (the app's schema) of `count` passages made by recombining the seed
 * corpus's sentences, 120–480 characters each (about 300 on average): the real vocabulary and
 * its repetition, at any scale. Deterministic for a given count. `folded` holds the search fold,
 * so the naive scan it is compared against searches the same folded text.
 */
export function writeSyntheticLibrary(root: string, file: string, count: number): SyntheticLibrary {
  const t0 = performance.now();
  const { sentences, headings } = corpusPieces(root);
  const rand = seededRandom(20231206);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  let units = 0;
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(librarySchemaSql);
    const source = db.prepare("INSERT INTO sources (id, file_name, title, raw_text) VALUES (?, ?, ?, '')");
    const work = db.prepare('INSERT INTO works (id, source_id, ord, title) VALUES (?, ?, ?, ?)');
    const passage = db.prepare(
      "INSERT INTO passages (id, text, folded, heading, kind, themes, rules, incomplete, work_id) VALUES (?, ?, ?, ?, ?, ?, '[]', 0, ?)",
    );
    const occurrence = db.prepare('INSERT INTO occurrences (passage_id, source_id, work_id, ord, start, end) VALUES (?, ?, ?, ?, 0, 0)');
    db.transaction(() => {
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema_version', String(LIBRARY_SCHEMA_VERSION));
      for (let i = 0; i < count; i++) {
        const w = Math.floor(i / PASSAGES_PER_WORK);
        const s = Math.floor(w / WORKS_PER_SOURCE);
        const sourceId = `sbench${s}`;
        const workId = `wbench${w}`;
        if (i % (PASSAGES_PER_WORK * WORKS_PER_SOURCE) === 0) source.run(sourceId, `synthetic-${s}.txt`, `合成来源 ${s + 1}`);
        if (i % PASSAGES_PER_WORK === 0) work.run(workId, sourceId, w % WORKS_PER_SOURCE, `合成篇目 ${w + 1}`);
        const target = 120 + Math.floor(rand() * 360);
        let text = '';
        while (text.length < target) text += pick(sentences);
        units += text.length;
        const themes = [pick(THEMES), pick(THEMES)].filter((t, k, a) => a.indexOf(t) === k);
        const id = `pbench${i.toString(36)}`;
        passage.run(id, text, foldSearchText(text), rand() < 0.6 ? pick(headings) : null, pick(KINDS), JSON.stringify(themes), workId);
        occurrence.run(id, sourceId, workId, i % PASSAGES_PER_WORK);
      }
    })();
    db.pragma(`user_version = ${LIBRARY_SCHEMA_VERSION}`);
  } finally {
    db.close();
  }
  return { passages: count, units, ms: performance.now() - t0 };
}
