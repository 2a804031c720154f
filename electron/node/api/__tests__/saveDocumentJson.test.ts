import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QianwanApi } from '../../../shared/api/QianwanApi';
import { createBoundApi } from '../createApi';
import type { ApiCall } from '../bindApi';
import { createServices, type Services } from '../createServices';

let dir: string;
let services: Services;
let api: QianwanApi;
/** The contract called with values its types refuse: hostile input, as a transport would pass it. */
let call: ApiCall;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-savejson-'));
  services = createServices({ dataDir: dir, libraryFile: path.join(dir, 'no-library.db') });
  ({ api, call } = createBoundApi(services, 'browser'));
});
afterAll(() => {
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '学习“千万工程”经验。' }] }] };

describe('saveDocument with the serialised document the editor sends', () => {
  it('stores contentJson as the document', async () => {
    const created = await api.createDocument({ title: '心得' });
    const saved = await api.saveDocument({ id: created.id, contentJson: JSON.stringify(doc), baseVersion: created.version });
    expect((await api.getDocument({ id: created.id })).content).toEqual(doc);
    expect(saved.version).toBeGreaterThan(created.version);
  });

  it('refuses text that is not JSON, JSON that is not a document, and both forms at once, changing nothing', async () => {
    const created = await call('createDocument', { title: '心得', content: doc });
    for (const input of [
      { id: created.id, contentJson: '{"type":"doc","content":[' },
      { id: created.id, contentJson: '{"type":"paragraph"}' },
      { id: created.id, contentJson: JSON.stringify(doc), content: doc },
      { id: created.id },
    ]) {
      await expect(call('saveDocument', input)).rejects.toMatchObject({ code: 'invalid_input' });
    }
    expect((await api.getDocument({ id: created.id })).content).toEqual(doc);
  });
});
