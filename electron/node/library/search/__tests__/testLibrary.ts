import { seededRandom } from '../../../../../scripts/bench/seededRandom';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Converter } from 'opencc-js';
import { librarySchemaSql } from '../../librarySchema';

export interface TestPassage {
  id: string;
  text: string;
  heading?: string | null;
  kind?: string;
  themes?: string[];
  sourceId?: string;
}

export { seededRandom };

/** An in-memory database in the library layout holding the given passages; `kinds` sets sources' kinds (参考范文 otherwise). */
export function libraryDb(passages: TestPassage[], kinds: Record<string, string> = {}): Database.Database {
  const db = new Database(':memory:');
  db.exec(librarySchemaSql);
  const sources = new Set(passages.map((p) => p.sourceId ?? 's1'));
  const insertSource = db.prepare("INSERT INTO sources (id, file_name, title, raw_text, kind) VALUES (?, ?, ?, '', ?)");
  const insertWork = db.prepare("INSERT INTO works (id, source_id, ord, title) VALUES (?, ?, 0, 'work')");
  const insertPassage = db.prepare(
    "INSERT INTO passages (id, text, folded, heading, kind, themes, rules, incomplete, work_id) VALUES (?, ?, '', ?, ?, ?, '[]', 0, ?)",
  );
  const insertOcc = db.prepare('INSERT INTO occurrences (passage_id, source_id, work_id, ord, start, end) VALUES (?, ?, ?, ?, 0, 0)');
  db.transaction(() => {
    for (const s of sources) {
      insertSource.run(s, `${s}.txt`, s, kinds[s] ?? '参考范文');
      insertWork.run(`w-${s}`, s);
    }
    passages.forEach((p, i) => {
      const s = p.sourceId ?? 's1';
      insertPassage.run(p.id, p.text, p.heading ?? null, p.kind ?? '论述', JSON.stringify(p.themes ?? []), `w-${s}`);
      insertOcc.run(p.id, s, `w-${s}`, i);
    });
  })();
  return db;
}

/** The sentences of the seed corpus (resources/corpus), split at sentence ends and line breaks. */
export function corpusSentences(): string[] {
  const dir = path.resolve(__dirname, '../../../../../resources/corpus');
  const text = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  return text
    .split(/(?<=[。！？；])|\n/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 6);
}

const HEADINGS = ['一、坚持规划引领', '二、注重生态优先', '（三）强化人才支撑', '坚持以人民为中心', null];
const LATIN = ['开发ＡＰＰ客户端', '使用App办理', '推进5G网络覆盖', '人均ＧＤＰ增长', 'WiFi全覆盖'];
const THEMES = ['人居环境', '生态文明', '产业发展', '基层治理', '数字乡村'];
const KINDS = ['论述', '做法', '案例', '观点'];

/**
 * `count` passages recombined from corpus sentences (2–8 each), about a tenth written in
 * traditional characters (as a Taiwan copy would be), some with Latin words in either width and
 * case, some with spaces, across three sources.
 */
export function recombinedPassages(count: number, seed: number): TestPassage[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sentences = corpusSentences();
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  const out: TestPassage[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 2 + Math.floor(rand() * 7);
    for (let k = 0; k < n; k++) parts.push(pick(sentences));
    if (rand() < 0.15) parts.splice(Math.floor(rand() * parts.length), 0, pick(LATIN));
    let text = parts.join(rand() < 0.05 ? ' ' : '');
    if (rand() < 0.1) text = toTraditional(text);
    out.push({
      id: `p${i}`,
      text,
      heading: pick(HEADINGS),
      kind: pick(KINDS),
      themes: [pick(THEMES), pick(THEMES)].filter((t, k, a) => a.indexOf(t) === k),
      sourceId: `s${i % 3}`,
    });
  }
  return out;
}
