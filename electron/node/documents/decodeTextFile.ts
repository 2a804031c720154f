import { ApiError } from '../../shared/api/ApiError';

/**
 * Text files from Chinese Windows machines are often GB18030/GBK, others UTF-8 or UTF-16. The encoding
 * is detected from a BOM, the NUL pattern of UTF-16, or a strict UTF-8 decode, never assumed.
 */
export function decodeTextFile(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict('utf-8', bytes.subarray(3));
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2));
  const utf16 = guessUtf16(bytes);
  if (utf16) return strict(utf16, bytes);
  try {
    return strict('utf-8', bytes);
  } catch {
    // fall through to the Chinese legacy encoding
  }
  const text = strict('gb18030', bytes);
  // Control characters in a "decoded" text mean the bytes were not text in any of these encodings.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw new ApiError('unsupported_file', '无法识别文件编码（不是 UTF-8、UTF-16 或 GB18030 文本）');
  return text;
}

function strict(encoding: string, bytes: Uint8Array): string {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) throw new Error('NUL');
    return text;
  } catch {
    throw new ApiError('unsupported_file', '无法识别文件编码（不是 UTF-8、UTF-16 或 GB18030 文本）');
  }
}

function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // ASCII-heavy UTF-16 has a zero in every other byte; CJK-heavy UTF-16 has none, so it is only
  // caught by the BOM or fails over to the strict decoders above.
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}
