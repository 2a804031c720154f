import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import type { Migration } from './userMigrations';
import { userVersion } from './userVersion';

/**
 * Brings a database up to the newest migration. A database written by a newer version of the app is
 * refused before anything is written to it, so the user's data survives a downgrade.
 */
export function migrate(db: Database.Database, migrations: Migration[]): void {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const versionNow = () => userVersion(db);
  const current = versionNow();
  if (current > latest) {
    throw new ApiError('db_newer_version', String(current));
  }
  if (!migrations.some((m) => m.version > current)) return;
  const apply = db.transaction(() => {
    // Read again under the write lock: another process (the browser host and the CLI share the
    // folder) may have migrated the file between the first read and this transaction.
    const locked = versionNow();
    const pending = migrations.filter((m) => m.version > locked).sort((a, b) => a.version - b.version);
    for (const m of pending) {
      db.exec(m.sql);
      m.up?.(db);
      db.pragma(`user_version = ${Number(m.version)}`);
    }
  });
  apply.immediate();
}
