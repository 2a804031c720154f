import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import type { Migration } from './userMigrations';

/**
 * Brings a database up to the newest migration. A database written by a newer version of the app is
 * refused before anything is written to it, so the user's data survives a downgrade.
 */
export function migrate(db: Database.Database, migrations: Migration[]): void {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new ApiError('db_newer_version', String(current));
  }
  const pending = migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return;
  const apply = db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      m.up?.(db);
      db.pragma(`user_version = ${Number(m.version)}`);
    }
  });
  apply.immediate();
}
