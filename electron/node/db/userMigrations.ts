// Numbered migrations of user.db. Never edit a released migration: add the next number. Each runs in
// the same transaction as the bump of `user_version`, so a half-applied migration cannot be left.

import type Database from 'better-sqlite3';
import { noteStyleOf } from '../../shared/citations/citationStyles';
import { guessSourceKind } from '../../shared/library/guessSourceKind';
import { foldSearchText } from '../../shared/search/foldSearchText';
import { buildSearchIndex } from '../library/search/buildSearchIndex';

export interface Migration {
  version: number;
  sql: string;
  /** Data work that SQL alone cannot do; runs in the same transaction, after `sql`. */
  up?: (db: Database.Database) => void;
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
  {
    // The user's own imported sources, in the same layout as library.db so one store class and one
    // search engine serve both. Occurrences may point at a passage that lives in the shipped library
    // (an imported copy of a shipped essay), so they carry no foreign key to passages.
    version: 2,
    sql: `
      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        file_name TEXT NOT NULL,
        title TEXT NOT NULL,
        site TEXT, date TEXT, url TEXT, doc_number TEXT, pages INTEGER, author TEXT,
        raw_text TEXT NOT NULL,
        imported_at TEXT NOT NULL
      );
      CREATE TABLE works (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        title TEXT NOT NULL
      );
      CREATE TABLE passages (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        folded TEXT NOT NULL,
        heading TEXT,
        kind TEXT NOT NULL,
        themes TEXT NOT NULL,
        rules TEXT NOT NULL,
        incomplete INTEGER NOT NULL,
        work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
        original_text TEXT
      );
      CREATE TABLE occurrences (
        passage_id TEXT NOT NULL,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (passage_id, source_id, start)
      );
      CREATE INDEX occurrences_by_work ON occurrences (work_id, ord);
      CREATE TABLE report (
        seq INTEGER PRIMARY KEY,
        source_id TEXT REFERENCES sources(id) ON DELETE CASCADE,
        step TEXT NOT NULL, action TEXT NOT NULL, before TEXT, after TEXT
      );
    `,
  },
  {
    // Full-text index of the user's own passages (FTS5; replaced by migration 8, which drops it, so it
    // is no longer filled here).
    version: 3,
    sql: `
      CREATE VIRTUAL TABLE passage_fulltext USING fts5(
        uni, bi, hbi,
        content = '', contentless_delete = 1, tokenize = 'ascii', detail = 'full'
      );
    `,
  },
  {
    // Favourites and the writer's own notes on passages (shipped or own), by passage id.
    version: 4,
    sql: `
      CREATE TABLE passage_notes (
        passage_id TEXT PRIMARY KEY,
        favourite INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    // Per-document settings: footnotes or endnotes, and whether a 参考文献 list follows the body.
    version: 5,
    sql: `ALTER TABLE documents ADD COLUMN options TEXT NOT NULL DEFAULT '{}';`,
  },
  {
    // Token statistics of the own-passage index (long queries start from their rarest bigrams).
    version: 6,
    sql: `CREATE VIRTUAL TABLE IF NOT EXISTS passage_vocab USING fts5vocab(passage_fulltext, 'row');`,
  },
  {
    // passages.folded becomes the search fold (traditional → simplified too): search checks it.
    version: 7,
    sql: '',
    up: (db) => {
      const rows = db.prepare('SELECT rowid, text FROM passages').all() as Array<{ rowid: number; text: string }>;
      const update = db.prepare('UPDATE passages SET folded = ? WHERE rowid = ?');
      for (const r of rows) update.run(foldSearchText(r.text), r.rowid);
    },
  },
  {
    // The own passages get the same posting-list search index as the shipped library; the FTS5
    // tables go (FTS5's tokenizers miss short substrings, and the index was 5× larger).
    version: 8,
    sql: `
      DROP TABLE IF EXISTS passage_vocab;
      DROP TABLE IF EXISTS passage_fulltext;
    `,
    up: (db) => {
      buildSearchIndex(db);
    },
  },
  {
    // Restoring a revision keeps two more: the text as it was before (before_restore) and the restored
    // text (restore). SQLite cannot change a CHECK constraint in place, so the table is rebuilt.
    version: 9,
    sql: `
      CREATE TABLE revisions_new (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        reason TEXT NOT NULL CHECK (reason IN ('open', 'close', 'interval', 'import', 'restore', 'before_restore')),
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        created_at TEXT NOT NULL
      );
      INSERT INTO revisions_new (id, document_id, reason, title, content, word_count, created_at)
        SELECT id, document_id, reason, title, content, word_count, created_at FROM revisions;
      DROP TABLE revisions;
      ALTER TABLE revisions_new RENAME TO revisions;
      CREATE INDEX revisions_by_document ON revisions (document_id, created_at);
    `,
  },
  {
    // A document's history starts when it is created (reason create): before, a draft written and
    // changed within its first session had no version to go back to. The table is rebuilt for the CHECK.
    version: 10,
    sql: `
      CREATE TABLE revisions_new (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        reason TEXT NOT NULL CHECK (reason IN ('create', 'open', 'close', 'interval', 'import', 'restore', 'before_restore')),
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        created_at TEXT NOT NULL
      );
      INSERT INTO revisions_new (id, document_id, reason, title, content, word_count, created_at)
        SELECT id, document_id, reason, title, content, word_count, created_at FROM revisions;
      DROP TABLE revisions;
      ALTER TABLE revisions_new RENAME TO revisions;
      CREATE INDEX revisions_by_document ON revisions (document_id, created_at);
    `,
  },
  {
    // An own source's file as it was imported (a saved page, a PDF …): what a library pack hands on,
    // and what the source can be read again from. Kept apart from sources, whose rows are read often.
    version: 11,
    sql: `
      CREATE TABLE source_originals (
        source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        format TEXT NOT NULL,
        bytes BLOB NOT NULL
      );
    `,
  },
  {
    // What the build could not put right in a passage (a masked name, garbled text left out), as a JSON
    // array of PassageFlag; passages saved before have none recorded.
    version: 12,
    sql: `ALTER TABLE passages ADD COLUMN flags TEXT NOT NULL DEFAULT '[]';`,
  },
  {
    // Sources get their kind (权威文献 | 新闻报道 | 参考范文), guessed here for those imported before,
    // and the bibliographic fields GB/T 7714 entries need (SourceBibliography). The own search index
    // is rebuilt: it now lists passages by source kind and ranks ties authoritative first.
    version: 13,
    sql: `
      ALTER TABLE sources ADD COLUMN kind TEXT NOT NULL DEFAULT '参考范文';
      ALTER TABLE sources ADD COLUMN issuer TEXT;
      ALTER TABLE sources ADD COLUMN newspaper TEXT;
      ALTER TABLE sources ADD COLUMN newspaper_page TEXT;
      ALTER TABLE sources ADD COLUMN journal TEXT;
      ALTER TABLE sources ADD COLUMN journal_volume TEXT;
      ALTER TABLE sources ADD COLUMN journal_issue TEXT;
      ALTER TABLE sources ADD COLUMN page_range TEXT;
      ALTER TABLE sources ADD COLUMN publisher TEXT;
      ALTER TABLE sources ADD COLUMN place TEXT;
    `,
    up: (db) => {
      const rows = db.prepare('SELECT id, title, site, url, author, doc_number, raw_text FROM sources').all() as Array<{
        id: string;
        title: string;
        site: string | null;
        url: string | null;
        author: string | null;
        doc_number: string | null;
        raw_text: string;
      }>;
      const update = db.prepare('UPDATE sources SET kind = ? WHERE id = ?');
      for (const r of rows) update.run(guessSourceKind({ title: r.title, site: r.site, url: r.url, author: r.author, docNumber: r.doc_number, text: r.raw_text }).kind, r.id);
      buildSearchIndex(db);
    },
  },
  {
    // Note styles replace footnote/endnote: a document that had [1] footnotes keeps them ('numbered'),
    // endnotes stay endnotes. Its references follow GB/T 7714—2025, the edition in force since
    // 2026-07-01 (a draft handed in now is judged by it); 2015 can be chosen per document.
    version: 14,
    sql: '',
    up: (db) => {
      const rows = db.prepare('SELECT id, options FROM documents').all() as Array<{ id: string; options: string }>;
      const update = db.prepare('UPDATE documents SET options = ? WHERE id = ?');
      for (const r of rows) {
        let options: Record<string, unknown>;
        try {
          options = JSON.parse(r.options) as Record<string, unknown>;
        } catch {
          options = {};
        }
        update.run(JSON.stringify({ ...options, notes: noteStyleOf(options.notes ?? 'footnote'), edition: options.edition ?? '2025' }), r.id);
      }
    },
  },
  {
    // Unit format profiles (单位格式): a unit's margins, fonts, sizes, line pitch and page numbers, saved
    // by name (the three layouts are built in and not stored). The profile is its JSON (formatProfileSchema).
    version: 15,
    sql: `
      CREATE TABLE format_profiles (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    // The check's fingerprint index of the own sources, stored when they change (checkIndexFormat), so
    // the first 查重 after a start reads it instead of building it.
    version: 16,
    sql: `
      CREATE TABLE check_index (
        part TEXT NOT NULL,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (part, seq)
      ) WITHOUT ROWID;
    `,
  },
];
