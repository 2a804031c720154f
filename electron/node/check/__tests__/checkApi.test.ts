import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSyntheticLibrary } from '../../../../scripts/bench/writeSyntheticLibrary';
import type { BlockNode } from '../../../shared/doc/docTypes';
import { createApi } from '../../api/createApi';
import { createServices, type Services } from '../../api/createServices';

let tmp: string;
let services: Services;
const para = (text: string): BlockNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-check-api-'));
  services = createServices({ dataDir: path.join(tmp, 'data'), libraryFile: path.join(tmp, 'no-library.db') });
});
afterEach(() => {
  services.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('runCheck through the contract', () => {
  it('reports its progress while it fingerprints a large library, and answers other calls meanwhile', async () => {
    const libraryFile = path.join(tmp, 'synthetic.db');
    writeSyntheticLibrary(path.resolve(__dirname, '..', '..', '..', '..'), libraryFile, 12_000);
    const big = createServices({ dataDir: path.join(tmp, 'data2'), libraryFile });
    try {
      const api = createApi(big, 'browser');
      const db = new Database(libraryFile, { readonly: true });
      const text = (db.prepare('SELECT text FROM passages WHERE rowid = 77').get() as { text: string }).text;
      db.close();
      let done = false;
      const running = api.runCheck({ text }).finally(() => (done = true));
      const seen: number[] = [];
      while (!done) {
        const p = await api.getCheckProgress({});
        if (p.state === 'indexing') seen.push(p.progress);
        // The host is not blocked: documents still list while the index is built.
        await api.listDocuments({});
        await new Promise((resolve) => setImmediate(resolve));
      }
      const result = await running;
      expect(seen.length).toBeGreaterThan(1);
      expect(seen.every((x) => x >= 0 && x < 1)).toBe(true);
      expect(seen[seen.length - 1]!).toBeGreaterThan(seen[0]!);
      expect(result.totalRatio).toBe(1);
      expect(result.libraryPassages).toBe(12_000);
      expect(await api.getCheckProgress({})).toEqual({ state: 'idle', progress: 0 });
    } finally {
      big.close();
    }
  });

  it('compares with the user’s other documents when asked, leaving out the one being checked', async () => {
    const api = createApi(services, 'browser');
    const shared = '我们村把闲置农房改造成民宿和研学基地，村集体每年增收二十多万元，带动三十多户村民就业。';
    const old = await api.createDocument({ title: '去年的发言', content: { type: 'doc', content: [para(`去年我讲过：${shared}`)] } });
    const draft = await api.createDocument({ title: '今年的心得', content: { type: 'doc', content: [para(`今年再说一遍，${shared}这是新内容。`)] } });
    const result = await api.runCheck({ id: draft.id, includeDocuments: true });
    expect(result.spans).toHaveLength(1);
    expect(result.spans[0]).toMatchObject({ passageId: old.id, sourceTitle: '去年的发言', fromDocument: true, cited: false });
    expect(result.spans[0]!.text).toBe(shared.replace(/。$/, ''));
    // The document being checked (sent as the editor's doc) is not compared with its saved self.
    const current = await api.runCheck({ doc: draft.content, documentId: draft.id, includeDocuments: true });
    expect(current.spans.map((s) => s.passageId)).toEqual([old.id]);
  });

  it('a formulation the writer adds to the 规范表述 list is standard at the next check, and counted again once removed (#20 item 5)', async () => {
    const api = createApi(services, 'browser');
    const phrase = '把农村人居环境整治作为实施乡村振兴战略的第一场硬仗来抓';
    await api.createDocument({ title: '去年的发言', content: { type: 'doc', content: [para(`去年我讲过：${phrase}，效果很好。`)] } });
    const draft = await api.createDocument({ title: '今年的心得', content: { type: 'doc', content: [para(`我们要${phrase}，久久为功。`)] } });
    const check = () => api.runCheck({ id: draft.id, includeDocuments: true });
    expect((await check()).spans.map((s) => s.status)).toEqual(['uncited']);
    const lists = await api.saveStandardPhrases({ own: [phrase] });
    expect(lists.own).toEqual([phrase]);
    const marked = await check();
    expect(marked.spans.map((s) => [s.status, s.standard])).toEqual([['standard', true]]);
    expect(marked.uncitedRatio).toBe(0);
    expect(marked.totalRatio).toBe(0);
    await api.saveStandardPhrases({ own: [] });
    expect((await check()).spans.map((s) => s.status)).toEqual(['uncited']);
  });

  it('says clearly that there is no library to compare with, and refuses two inputs at once', async () => {
    const api = createApi(services, 'browser');
    await expect(api.runCheck({ text: '一段文字' })).rejects.toMatchObject({ code: 'library_missing' });
    await expect(api.runCheck({ text: '一段文字', id: 'abc' } as never)).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(api.runCheck({ text: '一段文字', minRun: 5 })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await api.getCheckProgress({})).toEqual({ state: 'idle', progress: 0 });
  });
});
