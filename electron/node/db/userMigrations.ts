// Numbered migrations of user.db. Never edit a released migration: add the next number. Each runs in
// the same transaction as the bump of `user_version`, so a half-applied migration cannot be left.

export interface Migration {
  version: number;
  sql: string;
}

export const userMigrations: Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        word_count INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX documents_live ON documents (deleted_at, updated_at);

      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        reason TEXT NOT NULL CHECK (reason IN ('open', 'close', 'interval', 'import')),
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX revisions_by_document ON revisions (document_id, created_at);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
];
