import { createHash } from 'node:crypto';

/** A short, URL- and schema-safe id from content: the same content always gets the same id. */
export function stableId(prefix: string, content: string | Uint8Array, length = 16): string {
  return `${prefix}${createHash('sha256').update(content).digest('hex').slice(0, length)}`;
}
