import { describe, expect, it } from 'vitest';
import { requestBody } from '../requestBody';

describe('requestBody', () => {
  it('is the JSON of the input', () => {
    expect(JSON.parse(requestBody({ id: 'a', title: '“引号”\n' }))).toEqual({ id: 'a', title: '“引号”\n' });
    expect(requestBody(undefined)).toBe('{}');
  });

  it('puts a serialised document in as the content object, unquoted', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '他说："好"\\' }] }] };
    const body = requestBody({ id: 'd1', contentJson: JSON.stringify(doc), baseVersion: 3 });
    expect(JSON.parse(body)).toEqual({ id: 'd1', baseVersion: 3, content: doc });
    expect(body).not.toContain('contentJson');
    expect(JSON.parse(requestBody({ contentJson: '{"type":"doc","content":[]}' }))).toEqual({ content: { type: 'doc', content: [] } });
  });
});
