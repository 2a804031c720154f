import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { DocNode } from '../../doc/docTypes';
import type { ApiErrorPayload } from '../ApiError';
import { apiContract, contractSchemas, type ApiMethod } from '../apiContract';
import { API_METHOD_NAMES } from '../apiMethods';
import type { ApiReply } from '../ApiReply';
import type { DocumentRecord, DocumentSummary, SearchResult } from '../apiTypes';
import { mapContract } from '../mapContract';
import type { QianwanApi, QianwanBridge } from '../QianwanApi';
import { validateInput } from '../validateInput';

type Contract = typeof apiContract;
/** Each method as the table says it should look, written out from the schemas directly. */
type FromTable = { [M in ApiMethod]: (input: z.output<Contract[M]['input']>) => Promise<z.output<Contract[M]['output']>> };
type BridgeFromTable = { [M in ApiMethod]: (input: z.output<Contract[M]['input']>) => Promise<ApiReply<z.output<Contract[M]['output']>>> };

describe('API contract', () => {
  it('derives the interface from the table: every method, its input and output, nothing else', () => {
    expectTypeOf<QianwanApi>().toEqualTypeOf<FromTable>();
    expectTypeOf<keyof QianwanApi>().toEqualTypeOf<ApiMethod>();
    expectTypeOf<QianwanBridge>().toEqualTypeOf<BridgeFromTable>();
    // A few by hand, so a change that broke the derivation itself (both sides wrong alike) shows too.
    expectTypeOf<Parameters<QianwanApi['getDocument']>[0]>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<QianwanApi['getDocument']>().returns.resolves.toEqualTypeOf<DocumentRecord>();
    expectTypeOf<QianwanApi['listDocuments']>().returns.resolves.toEqualTypeOf<DocumentSummary[]>();
    expectTypeOf<QianwanApi['searchLibrary']>().returns.resolves.toEqualTypeOf<SearchResult>();
    expectTypeOf<QianwanApi['closeDocument']>().returns.resolves.toEqualTypeOf<void>();
    expectTypeOf<QianwanBridge['closeDocument']>().returns.resolves.toEqualTypeOf<{ ok: true; result: void } | { ok: false; error: ApiErrorPayload }>();
  });

  it('types document content in the schema (no unknown to cast)', () => {
    expectTypeOf<Parameters<QianwanApi['createDocument']>[0]['content']>().toEqualTypeOf<DocNode | undefined>();
    expectTypeOf<DocumentRecord['content']>().toEqualTypeOf<DocNode>();
    expectTypeOf<Parameters<QianwanApi['runCheck']>[0]['doc']>().toEqualTypeOf<DocNode | undefined>();
  });

  it('the plain method list (for the preload and the renderer) is the table, in its order', () => {
    expect([...API_METHOD_NAMES]).toEqual(Object.keys(apiContract));
    expect(Object.keys(contractSchemas)).toEqual(Object.keys(apiContract));
  });

  it('builds an object with every method from the list (mapContract), each knowing its own name', async () => {
    const built = mapContract<'bridge'>((method) => () => Promise.resolve({ ok: false, error: { code: 'not_found', detail: method } }));
    expect(Object.keys(built)).toEqual([...API_METHOD_NAMES]);
    expect(await built.getDocument({ id: 'a' })).toEqual({ ok: false, error: { code: 'not_found', detail: 'getDocument' } });
  });

  it('rejects unknown fields, bad ids and oversized titles with invalid_input', () => {
    expect(() => validateInput('getDocument', { id: '../../etc/passwd' })).toThrow(expect.objectContaining({ code: 'invalid_input', detail: 'getDocument.id' }));
    expect(() => validateInput('listDocuments', { sql: 'SELECT 1' })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => validateInput('renameDocument', { id: 'a', title: '长'.repeat(201) })).toThrow(expect.objectContaining({ code: 'invalid_input', detail: 'renameDocument.title' }));
    expect(validateInput('renameDocument', { id: 'a', title: '<b>标题</b>' })).toEqual({ id: 'a', title: '<b>标题</b>' });
    expect(validateInput('listDocuments', undefined)).toEqual({});
  });

  it('names a wrong choice with the value and the values allowed, as data', () => {
    expect(() => validateInput('exportDocument', { id: 'a', format: 'rtf' })).toThrow(
      expect.objectContaining({ code: 'invalid_choice', detail: { method: 'exportDocument', field: 'format', value: 'rtf', allowed: expect.stringContaining('docx') } }),
    );
  });
});
