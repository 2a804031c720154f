import type Database from 'better-sqlite3';
import { CheckIndexBuilder, type CheckIndex } from '../../shared/check/CheckIndex';

const SLICE = 4000;

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The steps of indexing every passage of one database in the library layout (library.db or
 * user.db): each yields the fraction done (0..1) after a slice of passages, the last returns the index.
 */
function* indexSteps(db: Database.Database, minRun: number, cap?: number): Generator<number, CheckIndex> {
  const builder = new CheckIndexBuilder(minRun, cap);
  const { n, units } = db.prepare('SELECT count(*) AS n, coalesce(sum(length(text)), 0) AS units FROM passages').get() as { n: number; units: number };
  builder.reserve(units);
  // Each passage with its work's title, interned: the check tells runs many works share by it.
  const page = db.prepare('SELECT p.rowid AS rowid, p.id AS id, p.text AS text, w.title AS work FROM passages p JOIN works w ON w.id = p.work_id WHERE p.rowid > ? ORDER BY p.rowid LIMIT ?');
  const titles = new Map<string, string>();
  let after = -1;
  for (;;) {
    const rows = page.all(after, SLICE) as Array<{ rowid: number; id: string; text: string; work: string }>;
    if (rows.length === 0) break;
    for (const r of rows) {
      let work = titles.get(r.work);
      if (work === undefined) titles.set(r.work, (work = r.work));
      builder.add(r.id, r.text, work || r.id);
    }
    after = rows[rows.length - 1]!.rowid;
    yield n === 0 ? 0.6 : (0.6 * builder.passageCount) / n;
  }
  for (let from = 0; from < builder.passageCount; from += SLICE * 2) {
    const to = Math.min(builder.passageCount, from + SLICE * 2);
    builder.fill(from, to);
    yield 0.6 + (0.4 * to) / builder.passageCount;
  }
  return builder.index();
}

/**
 * The check index of every passage in one database in the library layout. Works in slices and yields
 * between them, so the host keeps answering (progress, saves) while a large library is indexed;
 * onProgress gets 0..1.
 */
export async function buildStoreCheckIndex(db: Database.Database, minRun: number, onProgress: (fraction: number) => void, cap?: number): Promise<CheckIndex> {
  const steps = indexSteps(db, minRun, cap);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress(step.value);
    await yieldToEvents();
  }
}

/** The same in one go: at library build time, where nothing else waits. */
export function buildStoreCheckIndexNow(db: Database.Database, minRun: number, cap?: number): CheckIndex {
  const steps = indexSteps(db, minRun, cap);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
