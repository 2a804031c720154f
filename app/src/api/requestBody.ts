/**
 * The JSON body of a request. A document already serialised by the editor (saveDocument's
 * contentJson) goes in as the `content` value itself: quoting a megabyte of JSON inside JSON would
 * cost the main thread a full escaping pass on every autosave, and the host then parses one object.
 */
export function requestBody(input: unknown): string {
  const fields = (input ?? {}) as Record<string, unknown>;
  if (typeof fields.contentJson !== 'string') return JSON.stringify(fields);
  const { contentJson, ...rest } = fields;
  const head = JSON.stringify(rest);
  return `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"content":${contentJson as string}}`;
}
