import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QianwanApi } from '../../../shared/api/QianwanApi';
import { TITLE_MAX } from '../../../shared/api/apiLimits';
import { createApi } from '../createApi';
import { createServices, type Services } from '../createServices';

// Titles are data: whatever characters a user (or a hostile file) puts in one come back exactly.
const HOSTILE_TITLES = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  "'; DROP TABLE documents; --",
  'Robert"); DELETE FROM revisions WHERE ("1"="1',
  '../../etc/passwd',
  '..\\..\\Windows\\system32\\config',
  '/absolute/path',
  '心得\u202E体会（RTL 覆盖）',
  '\u200F\u200E双向标记\u2066隔离\u2069',
  '控制\u0007字符\u001b[31m红色',
  '%s%n%x{0}${process.exit()}',
  '🌾𠀀𪚥 千万工程',
];

let dir: string;
let services: Services;
let api: QianwanApi;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-titles-'));
  services = createServices({ dataDir: dir, libraryFile: path.join(dir, 'no-library.db') });
  api = createApi(services, 'browser');
});
afterAll(() => {
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('titles with HTML, SQL, paths, control characters and bidi marks', () => {
  for (const title of HOSTILE_TITLES) {
    it(`stored and returned literally: ${JSON.stringify(title)}`, async () => {
      const created = await api.createDocument({ title });
      expect(created.title).toBe(title);
      expect((await api.getDocument({ id: created.id })).title).toBe(title);
      const renamed = await api.renameDocument({ id: created.id, title: `${title}（二稿）` });
      expect(renamed.title).toBe(`${title}（二稿）`);
      expect((await api.listDocuments({})).find((d) => d.id === created.id)?.title).toBe(`${title}（二稿）`);
    });
  }

  it('the tables are all still there and nothing was written outside the data folder', async () => {
    expect((await api.listDocuments({})).length).toBe(HOSTILE_TITLES.length);
    const tables = services.userDb.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['documents', 'revisions', 'settings']));
    expect(fs.readdirSync(dir).sort()).toEqual(expect.arrayContaining(['user.db']));
    expect(fs.readdirSync(dir).every((n) => n === 'backups' || n.startsWith('user.db'))).toBe(true);
  });

  it('a title over the limit is refused, not cut', async () => {
    await expect(api.createDocument({ title: '长'.repeat(TITLE_MAX + 1) })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
