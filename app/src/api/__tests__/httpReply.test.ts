import { describe, expect, it } from 'vitest';
import { httpReply } from '../httpReply';

describe('httpReply: the browser host answers in the one envelope', () => {
  it('passes the envelope through, success and refusal alike, whatever the status', () => {
    expect(httpReply(200, { ok: true, result: { id: 'd' } })).toEqual({ ok: true, result: { id: 'd' } });
    // A method that returns nothing: JSON leaves the undefined result out.
    expect(httpReply(200, { ok: true })).toEqual({ ok: true });
    expect(httpReply(409, { ok: false, error: { code: 'conflict', detail: 'version' } })).toEqual({ ok: false, error: { code: 'conflict', detail: 'version' } });
    // A refusal before any call (no token) comes in the same envelope.
    expect(httpReply(401, { ok: false, error: { code: 'unauthorized' } })).toEqual({ ok: false, error: { code: 'unauthorized' } });
  });

  it('turns what is not the envelope (the old bare {code}, a proxy page, nothing) into an internal error naming the status', () => {
    expect(httpReply(500, { code: 'internal' })).toEqual({ ok: false, error: { code: 'internal', detail: 'HTTP 500' } });
    expect(httpReply(502, null)).toEqual({ ok: false, error: { code: 'internal', detail: 'HTTP 502' } });
    expect(httpReply(400, { ok: false, error: 'bad' })).toEqual({ ok: false, error: { code: 'internal', detail: 'HTTP 400' } });
  });
});
