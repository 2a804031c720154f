import { VarintReader } from './VarintReader';

/**
 * Walks `df` accumulated list entries (head = 2 × doc delta + (count > 1), then count − 2 if above
 * one; no form tag) in document order; `visit` returning false stops the walk (and this returns false).
 */
export function readEntries(entries: Uint8Array, df: number, visit: (doc: number, count: number, i: number) => boolean | void): boolean {
  const r = new VarintReader(entries);
  let doc = -1;
  for (let i = 0; i < df; i++) {
    const head = r.next();
    doc += head >>> 1;
    const count = head & 1 ? r.next() + 2 : 1;
    if (visit(doc, count, i) === false) return false;
  }
  return true;
}
