import type * as Mammoth from 'mammoth';
import { lazyRequire } from '../../lazyRequire';

const mammoth = lazyRequire<typeof Mammoth>('mammoth');

/** mammoth (and the zip and XML libraries under it) loaded on the first .docx: about a third of a host's start-up. */
export async function loadMammoth(): Promise<typeof Mammoth> {
  return mammoth();
}
