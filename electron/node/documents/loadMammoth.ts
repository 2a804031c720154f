import { createRequire } from 'node:module';
import type * as Mammoth from 'mammoth';

/**
 * mammoth (and the zip and XML libraries under it) loaded on the first .docx, not when the host
 * starts: it is about a third of the start-up time of a process that may never read a .docx.
 * A plain require, so the bundles resolve it the way they resolve every other package (in Electron's
 * asar too), not through Node's ESM loader.
 */
export async function loadMammoth(): Promise<typeof Mammoth> {
  return createRequire(__filename)('mammoth') as typeof Mammoth;
}
