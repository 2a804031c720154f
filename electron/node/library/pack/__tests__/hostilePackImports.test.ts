import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/ApiError';
import type { QianwanApi } from '../../../../shared/api/QianwanApi';
import { describeError } from '../../../../shared/api/describeError';
import { createApi } from '../../../api/createApi';
import { createServices, type Services } from '../../../api/createServices';
import { editRows, hostilePacks } from '../../../formats/pack/__tests__/hostilePacks';
import { runImport } from '../../import/runImport';

// Every hostile pack through the contract, into a data folder that already holds sources and a
// document: refused with a clear Chinese message, user.db and its WAL byte for byte unchanged.

const corpus = path.resolve(__dirname, '..', '..', '..', '..', '..', 'resources', 'corpus');
let dir: string;
const opened: Services[] = [];
let valid: Uint8Array;
let target: { services: Services; api: QianwanApi; dataDir: string };

async function folder(name: string, file: string) {
  const dataDir = path.join(dir, name);
  const services = createServices({ dataDir, libraryFile: path.join(dir, 'no-library.db') });
  opened.push(services);
  const { build } = await runImport([{ fileName: path.basename(file), bytes: fs.readFileSync(path.join(corpus, file)) }], () => undefined);
  services.ownSources.commit(build, build.sources.map((s, index) => ({ index, title: s.title, site: s.site, date: s.date, url: s.url })));
  return { services, api: createApi(services, 'browser'), dataDir };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-hostile-pack-'));
  const from = await folder('from', '003_1f8ea138d11b37c6.txt');
  valid = Buffer.from((await from.api.exportLibraryPack({})).dataBase64, 'base64');
  target = await folder('target', '002_3afa3ac3d429ce14.txt');
  await target.api.createDocument({ title: '我的心得' });
});
afterAll(() => {
  for (const s of opened) s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** user.db and its WAL together: a write anywhere in the database changes one of them. */
function checksum(): string {
  const hash = crypto.createHash('sha256');
  for (const suffix of ['', '-wal']) {
    const file = path.join(target.dataDir, `user.db${suffix}`);
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

async function refusal(bytes: Uint8Array): Promise<ApiError> {
  try {
    await target.api.importLibraryPack({ name: '学习材料包.qwpack', dataBase64: Buffer.from(bytes).toString('base64') });
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('imported');
}

describe('hostile library packs', () => {
  for (const hostile of hostilePacks(() => valid)) {
    it(`refuses ${hostile.label} and leaves user.db unchanged`, async () => {
      const before = checksum();
      const err = await refusal(hostile.make());
      expect(err.code).toBe(hostile.code);
      const message = describeError({ code: err.code, detail: err.detail });
      expect(message).toMatch(/材料包|文件/);
      expect(message).not.toMatch(/undefined|\{\w+\}/);
      // The words are the message's, in the user's language; the detail only names the file and where in it.
      const named = typeof err.detail === 'object' ? err.detail.file : err.detail;
      if (err.code === 'pack_newer_version') expect(err.detail).toBe('2');
      else expect(named ?? '').toMatch(/^学习材料包\.qwpack/);
      expect(String(named ?? '')).not.toMatch(/\b(expected|received|missing|twice|checksum|failed|constraint|not a|inflate|encrypted|entry)\b/i);
      expect(checksum()).toBe(before);
    });
  }

  it('undoes a merge that breaks a constraint halfway (a work id another source has here)', async () => {
    const taken = target.services.userDb.prepare('SELECT id FROM works LIMIT 1').pluck().get() as string;
    const clash = editRows(valid, (r) => {
      const old = r.works![0]!.id as string;
      r.works![0]!.id = taken;
      for (const o of r.occurrences!) if (o.work_id === old) o.work_id = taken;
      for (const p of r.passages!) if (p.work_id === old) p.work_id = taken;
    });
    const before = checksum();
    const err = await refusal(clash);
    expect(err.code).toBe('pack_invalid');
    expect(err.detail).toEqual({ file: '学习材料包.qwpack', where: 'works.id' });
    expect(describeError({ code: err.code, detail: err.detail })).toBe('材料包 学习材料包.qwpack 的内容不符合格式要求（works.id），已拒绝导入。本机的素材库没有任何改动。');
    expect(checksum()).toBe(before);
    expect((await target.api.listSources({})).filter((s) => s.own)).toHaveLength(1);
  });

  it('still imports the valid pack afterwards', async () => {
    const summary = await target.api.importLibraryPack({ name: '学习材料包.qwpack', dataBase64: Buffer.from(valid).toString('base64') });
    expect(summary.sources).toHaveLength(1);
    expect(summary.sources[0]!.added).toBe(true);
    expect(summary.passages.added).toBeGreaterThan(20);
  });
});
