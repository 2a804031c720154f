import type Database from 'better-sqlite3';

/** The database's schema version (PRAGMA user_version): what its migrations have brought it to. */
export function userVersion(db: Database.Database): number {
  return db.prepare<[], { user_version: number }>('PRAGMA user_version').get()!.user_version;
}
