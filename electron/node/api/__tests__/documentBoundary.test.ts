import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorDetail } from '../../../shared/api/ApiError';
import type { QianwanApi } from '../../../shared/api/QianwanApi';
import { DOC_DEPTH_MAX } from '../../../shared/api/apiLimits';
import { docPlainText } from '../../../shared/doc/docPlainText';
import { docNodeSchema } from '../../../shared/doc/docSchema';
import { createBoundApi } from '../createApi';
import type { ApiCall } from '../bindApi';
import { createServices, type Services } from '../createServices';

// The document at the API boundary: a hostile shape is refused with the reason (400 over HTTP) and
// nothing stored, and a document stored before these checks still opens with its words.

let dir: string;
let services: Services;
let api: QianwanApi;
/** The contract called with values its types refuse: hostile input, as a transport would pass it. */
let call: ApiCall;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-docbound-'));
  services = createServices({ dataDir: dir, libraryFile: path.join(dir, 'no-library.db') });
  ({ api, call } = createBoundApi(services, 'browser'));
});
afterAll(() => {
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function nestedQuotes(n: number): unknown {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: '深处' }] };
  for (let i = 0; i < n; i++) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

async function refusal(call: Promise<unknown>): Promise<{ code: string; detail?: ApiErrorDetail }> {
  try {
    await call;
  } catch (err) {
    if (err instanceof ApiError) return { code: err.code, detail: err.detail };
    throw err;
  }
  throw new Error('accepted');
}

describe('documents at the boundary', () => {
  it('20,000 nested quotations: refused with the reason (it was 500 "Maximum call stack size exceeded"), nothing stored', async () => {
    const before = (await api.listDocuments({})).length;
    const deep = nestedQuotes(20_000);
    expect(await refusal(call('createDocument', { title: '深', content: deep }))).toEqual({ code: 'document_too_deep', detail: DOC_DEPTH_MAX });
    const doc = await api.createDocument({ title: '普通' });
    expect(await refusal(call('saveDocument', { id: doc.id, content: deep }))).toEqual({ code: 'document_too_deep', detail: DOC_DEPTH_MAX });
    // The editor's form: the document serialised. JSON.stringify itself overflows past a few thousand levels, so this is built as text.
    const json = `${'{"type":"doc","content":['}${'{"type":"blockquote","content":['.repeat(20_000)}{"type":"paragraph"}${']}'.repeat(20_000)}]}`;
    expect(await refusal(api.saveDocument({ id: doc.id, contentJson: json }))).toEqual({ code: 'document_too_deep', detail: DOC_DEPTH_MAX });
    expect(await refusal(call('runCheck', { doc: deep }))).toEqual({ code: 'document_too_deep', detail: DOC_DEPTH_MAX });
    expect((await api.listDocuments({})).length).toBe(before + 1);
  });

  it('an unknown node type is refused at the boundary, naming it', async () => {
    const table = { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow' }] }] };
    expect(await refusal(call('createDocument', { content: table }))).toEqual({
      code: 'invalid_choice',
      detail: { method: 'createDocument', field: 'content.content.0.type', value: 'table', allowed: 'paragraph, heading, blockquote, bulletList, orderedList' },
    });
    const doc = await api.createDocument({ title: '表格' });
    expect(await refusal(api.saveDocument({ id: doc.id, contentJson: JSON.stringify(table) }))).toMatchObject({ code: 'invalid_choice', detail: { field: 'contentJson.content.0.type', value: 'table' } });
    expect((await api.getDocument({ id: doc.id })).version).toBe(doc.version);
  });

  it('a document stored with an unknown node before these checks opens with its words, never blank', async () => {
    const doc = await api.createDocument({ title: '旧文稿' });
    const stored = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '第一段。' }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '表格里的话。' }] }] }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: '' }, { type: 'emoji', attrs: { name: 'smile' } }, { type: 'text', text: '最后一段。' }] },
      ],
    };
    services.userDb.prepare('UPDATE documents SET content = ? WHERE id = ?').run(JSON.stringify(stored), doc.id);
    const opened = await api.getDocument({ id: doc.id });
    expect(docNodeSchema.safeParse(opened.content).success).toBe(true);
    expect(docPlainText(opened.content)).toBe('第一段。\n表格里的话。\n最后一段。');
  });
});
