// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../createApiClient';

afterEach(() => vi.unstubAllGlobals());

describe('createApiClient over HTTP', () => {
  it('sends a small request as text with keepalive and a long draft as a Blob of the same JSON', async () => {
    const sent: RequestInit[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      sent.push(init);
      return new Response(JSON.stringify({ ok: true, result: { version: 2 } }), { status: 200 });
    });
    document.head.innerHTML = '<meta name="qianwan-token" content="t0k">';
    const api = createApiClient(window);
    await api.renameDocument({ id: 'd1', title: '短' });
    const long = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '千万工程'.repeat(40_000) }] }] });
    await api.saveDocument({ id: 'd1', contentJson: long, baseVersion: 1 });

    expect(typeof sent[0]!.body).toBe('string');
    expect(sent[0]!.keepalive).toBe(true);
    expect(sent[1]!.body).toBeInstanceOf(Blob);
    expect(sent[1]!.keepalive).toBe(false);
    expect((sent[1]!.headers as Record<string, string>)['x-qianwan-token']).toBe('t0k');
    expect(JSON.parse(await (sent[1]!.body as Blob).text())).toEqual({ id: 'd1', baseVersion: 1, content: JSON.parse(long) });
  });
});
