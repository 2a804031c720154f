import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_METHOD_NAMES } from '../apiMethods';
import { apiSchemas } from '../apiSchemas';
import { validateInput } from '../validateInput';

describe('API contract', () => {
  it('has one schema per method name and nothing else', () => {
    expect(Object.keys(apiSchemas).sort()).toEqual([...API_METHOD_NAMES].sort());
  });

  it('is exactly what the QianwanApi interface declares', () => {
    const source = fs.readFileSync(path.join(__dirname, '..', 'QianwanApi.ts'), 'utf8');
    const declared = [...source.matchAll(/^\s{2}(\w+)\(input: ApiInput<'(\w+)'>\)/gm)].map((m) => {
      expect(m[1]).toBe(m[2]);
      return m[1];
    });
    expect(declared.sort()).toEqual([...API_METHOD_NAMES].sort());
  });

  it('rejects unknown fields, bad ids and oversized titles with invalid_input', () => {
    expect(() => validateInput('getDocument', { id: '../../etc/passwd' })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => validateInput('listDocuments', { sql: 'SELECT 1' })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => validateInput('renameDocument', { id: 'a', title: '长'.repeat(201) })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(validateInput('renameDocument', { id: 'a', title: '<b>标题</b>' })).toEqual({ id: 'a', title: '<b>标题</b>' });
    expect(validateInput('listDocuments', undefined)).toEqual({});
  });
});
