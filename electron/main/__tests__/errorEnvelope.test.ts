import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiReply } from '../../shared/api/ApiReply';
import type { ApiMethod } from '../../shared/api/apiContract';
import { ipcChannel } from '../../shared/api/ipcChannel';
import { bindApi, type BoundApi } from '../../node/api/bindApi';
import { createApiHandlers } from '../../node/api/createApi';
import { createServices, type Services } from '../../node/api/createServices';
import { startBrowserHost, type BrowserHost } from '../../node/host/startBrowserHost';

// The one error envelope on both transports: the same failure answers the same body over Electron's
// IPC (bindIpc, its handlers called as ipcMain would call them: a stand-in for the electron module,
// which cannot run here) and over the browser host's HTTP (a real server on 127.0.0.1).
const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => handlers.set(channel, handler) },
}));

const APP_URL = 'file:///opt/qianwan/renderer/index.html';
let dir: string;
let services: Services;
let host: BrowserHost;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-envelope-'));
  const renderer = path.join(dir, 'renderer');
  fs.mkdirSync(renderer);
  fs.writeFileSync(path.join(renderer, 'index.html'), '<p>app</p>');
  services = createServices({ dataDir: path.join(dir, 'data'), libraryFile: path.join(dir, 'missing-library.db') });
  const real = createApiHandlers(services, 'browser');
  // Two failures no caller can provoke on purpose: a service that throws a plain Error, and one
  // that answers what its output schema does not allow.
  const bound: BoundApi = bindApi(
    {
      ...real,
      listTemplates: () => Promise.reject(new Error('template folder vanished')),
      // As a damaged settings row would give it: parsed JSON, typed by nothing.
      getPreferences: () => Promise.resolve(JSON.parse('{"locale":"fr-FR"}')),
    },
    { checkOutputs: true },
  );
  const { bindIpc } = await import('../bindIpc');
  bindIpc(bound.dispatch, APP_URL);
  host = await startBrowserHost({ api: bound, rendererDir: renderer });
});

afterAll(async () => {
  await host.close();
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function overIpc(method: ApiMethod, input: unknown, frameUrl = APP_URL): Promise<unknown> {
  const handler = handlers.get(ipcChannel(method));
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  return handler({ senderFrame: { url: frameUrl, parent: null } }, input);
}

async function overHttp(method: string, input: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-qianwan-token': host.token },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: await res.json() };
}

const failures: Array<{ label: string; method: ApiMethod; input: unknown; reply: ApiReply<never> | { ok: false; error: { code: 'internal'; detail: unknown } }; status: number }> = [
  { label: 'a document that is not there', method: 'getDocument', input: { id: 'nope' }, reply: { ok: false, error: { code: 'not_found', detail: 'nope' } }, status: 404 },
  { label: 'a field the method does not take', method: 'listDocuments', input: { sql: 'DROP TABLE documents' }, reply: { ok: false, error: { code: 'invalid_input', detail: 'listDocuments' } }, status: 400 },
  {
    label: 'a choice outside the allowed values',
    method: 'exportDocument',
    input: { id: 'a', format: 'rtf' },
    reply: { ok: false, error: { code: 'invalid_choice', detail: { method: 'exportDocument', field: 'format', value: 'rtf', allowed: 'docx, pdf, md, txt' } } },
    status: 400,
  },
  { label: 'a service that throws a plain Error', method: 'listTemplates', input: {}, reply: { ok: false, error: { code: 'internal', detail: 'template folder vanished' } }, status: 500 },
  {
    label: 'a service answering outside its output schema',
    method: 'getPreferences',
    input: {},
    reply: { ok: false, error: { code: 'internal', detail: { method: 'getPreferences', output: expect.stringMatching(/^locale: /) } } },
    status: 500,
  },
];

describe('one error envelope on every transport', () => {
  for (const f of failures) {
    it(`IPC: ${f.label}`, async () => {
      expect(await overIpc(f.method, f.input)).toEqual(f.reply);
    });
    it(`HTTP: ${f.label} (the same body; the status says the kind)`, async () => {
      expect(await overHttp(f.method, f.input)).toEqual({ status: f.status, body: f.reply });
    });
  }

  it('answers success in the same envelope on both', async () => {
    const ipc = await overIpc('listDocuments', {});
    const http = await overHttp('listDocuments', {});
    expect(ipc).toEqual({ ok: true, result: [] });
    expect(http).toEqual({ status: 200, body: { ok: true, result: [] } });
  });

  it('refusals before any method runs use the envelope too', async () => {
    expect(await overIpc('listDocuments', {}, 'https://example.com/')).toEqual({ ok: false, error: { code: 'forbidden', detail: 'sender' } });
    expect(await overHttp('noSuchMethod', {})).toEqual({ status: 404, body: { ok: false, error: { code: 'not_found', detail: 'noSuchMethod' } } });
    const bare = await fetch(`http://127.0.0.1:${host.port}/api/listDocuments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect({ status: bare.status, body: await bare.json() }).toEqual({ status: 401, body: { ok: false, error: { code: 'unauthorized' } } });
  });
});
