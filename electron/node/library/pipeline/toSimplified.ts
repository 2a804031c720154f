import type * as OpenCCModule from 'opencc-js';
import { lazyRequire } from '../../lazyRequire';

const openCC = lazyRequire<typeof OpenCCModule>('opencc-js');

let convert: ((text: string) => string) | null = null;

/**
 * Traditional → simplified, used only to *recognise* things (furniture shapes, theme keywords) on
 * pages written in traditional characters; passage text itself is never converted.
 */
export function toSimplified(text: string): string {
  convert ??= openCC().Converter({ from: 't', to: 'cn' });
  return convert(text);
}
