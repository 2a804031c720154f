import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDatabase } from '../checkDatabase';
import { migrate } from '../migrate';
import { openUserDb } from '../openUserDb';
import { userMigrations } from '../userMigrations';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-check-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('checkDatabase', () => {
  it('finds nothing wrong with a fresh user.db', () => {
    const db = openUserDb(path.join(dir, 'user.db'));
    expect(checkDatabase(db)).toEqual([]);
    db.close();
  });

  it('runs the FTS5 integrity check while an older file still has passage_fulltext', () => {
    const db = new Database(path.join(dir, 'old.db'));
    migrate(db, userMigrations.filter((m) => m.version <= 7));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'passage_fulltext'").get()).toBeTruthy();
    expect(checkDatabase(db)).toEqual([]);
    db.close();
  });

  it('reports a search index that does not match the passages', () => {
    const db = openUserDb(path.join(dir, 'user.db'));
    db.prepare("UPDATE search_meta SET value = 99 WHERE key = 'docs'").run();
    expect(checkDatabase(db).join('\n')).toMatch(/search index: 99 documents for 0 passages/);
    db.close();
  });

  it('reports a damaged page', () => {
    const file = path.join(dir, 'user.db');
    const db = openUserDb(file);
    db.exec('CREATE TABLE filler (x TEXT); CREATE INDEX filler_x ON filler (x)');
    const insert = db.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < 3000; i++) insert.run(`行 ${i} ${'千万工程'.repeat(10)}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over a page in the middle of the file (an index or table page of `filler`).
    bytes.fill(0xa5, pageSize * 40 + 100, pageSize * 41);
    fs.writeFileSync(file, bytes);
    const damaged = new Database(file);
    let problems: string[];
    try {
      problems = checkDatabase(damaged);
    } catch (err) {
      problems = [String(err)];
    }
    damaged.close();
    expect(problems.length).toBeGreaterThan(0);
  });
});
