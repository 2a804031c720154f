import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QianwanApi } from '../../../shared/api/QianwanApi';
import { createApi } from '../../api/createApi';
import { createServices, type Services } from '../../api/createServices';
import { buildLibrary } from '../../library/buildLibrary';

let dir: string;
let services: Services;
let api: QianwanApi;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-md-notes-'));
  const libraryFile = path.join(dir, 'library.db');
  await buildLibrary(path.resolve(__dirname, '../../../../resources/corpus'), libraryFile);
  services = createServices({ dataDir: path.join(dir, 'data'), libraryFile });
  api = createApi(services, 'browser');
}, 60_000);
afterAll(() => {
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Markdown export: the heading of the note list (#20)', () => {
  it('is 注释 without 附参考文献, 参考文献 with it', async () => {
    const [passage] = (await api.searchLibrary({ query: '千万工程', limit: 1 })).results;
    const doc = await api.createDocument({
      title: '我的心得',
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '引一句。' }, { type: 'citation', attrs: { passageId: passage!.id, kind: 'quote' } }] }] } as never,
    });
    const md = async () => Buffer.from((await api.exportDocument({ id: doc.id, format: 'md' })).dataBase64, 'base64').toString('utf8');
    const without = await md();
    expect(without).toContain('**注释**');
    expect(without).not.toContain('参考文献');
    await api.setDocumentOptions({ id: doc.id, references: true });
    expect(await md()).toContain('**参考文献**');
  });
});
