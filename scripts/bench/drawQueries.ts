import type Database from 'better-sqlite3';
import { seededRandom } from './seededRandom';

export interface QueryClass {
  name: string;
  queries: string[];
}

/** Characters the query syntax gives a meaning to: a drawn string must not contain them. */
const SYNTAX = /[\s"“”「」『』＂]|^[-－]/u;

/**
 * Benchmark queries drawn from the library itself, as a user would type strings they have seen:
 * 1, 2, 4 and 8 characters from random passages, and two 2-character words from one passage.
 */
export function drawQueries(db: Database.Database, perClass: number, seed: number): QueryClass[] {
  const rand = seededRandom(seed);
  const max = (db.prepare('SELECT max(rowid) AS m FROM passages').get() as { m: number }).m;
  const textOf = db.prepare('SELECT text FROM passages WHERE rowid = ?').pluck();
  const randomText = (): string => {
    for (;;) {
      const t = textOf.get(1 + Math.floor(rand() * max)) as string | undefined;
      if (t) return t;
    }
  };
  const slice = (text: string, len: number): string | null => {
    const at = Math.floor(rand() * Math.max(1, text.length - len + 1));
    const s = text.slice(at, at + len);
    return s.length === len && !SYNTAX.test(s) ? s : null;
  };
  const draw = (make: () => string | null): string[] => {
    const out: string[] = [];
    while (out.length < perClass) {
      const q = make();
      if (q) out.push(q);
    }
    return out;
  };
  const substring = (len: number) => () => slice(randomText(), len);
  const twoWords = () => {
    const text = randomText();
    const a = slice(text, 2);
    const b = slice(text, 2);
    return a && b && a !== b ? `${a} ${b}` : null;
  };
  return [
    { name: '1 character', queries: draw(substring(1)) },
    { name: '2 characters', queries: draw(substring(2)) },
    { name: '4 characters', queries: draw(substring(4)) },
    { name: '8 characters', queries: draw(substring(8)) },
    { name: 'two words', queries: draw(twoWords) },
  ];
}

/**
 * The worst cases: the most common Chinese characters and bigrams of the library (from the index's
 * document counts), alone and in pairs. Each matches a large part of the library and all of those
 * passages have to be ranked.
 */
export function commonQueries(db: Database.Database, count: number): QueryClass {
  const han = /^\p{Script=Han}+$/u;
  const units = (db.prepare('SELECT unit FROM search_unigrams ORDER BY df DESC LIMIT 200').pluck().all() as number[]).map((u) => String.fromCharCode(u)).filter((s) => han.test(s));
  const pairs = (db.prepare('SELECT pair FROM search_bigrams ORDER BY df DESC LIMIT 400').pluck().all() as number[])
    .map((p) => String.fromCharCode(Math.floor(p / 65536), p % 65536))
    .filter((s) => han.test(s));
  const per = Math.ceil(count / 3);
  const queries = [...units.slice(0, per), ...pairs.slice(0, per), ...pairs.slice(0, per).map((p, i) => `${p} ${pairs[i + per] ?? units[i]}`)];
  return { name: 'most common strings', queries: queries.slice(0, count) };
}
