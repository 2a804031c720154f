import type Database from 'better-sqlite3';

/** The current index build of a database, or null when it has no search index. One indexed row read. */
export function readSearchGeneration(db: Database.Database): number | null {
  try {
    const row = db.prepare<[], { value: number }>("SELECT value FROM search_meta WHERE key = 'generation'").get();
    return row ? Number(row.value) : 0;
  } catch {
    return null;
  }
}
