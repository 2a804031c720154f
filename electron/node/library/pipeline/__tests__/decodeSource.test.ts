import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeSource, decodeSourceSync } from '../decodeSource';

const TEXT = '学习浙江“千万工程”经验，建设宜居宜业和美乡村。2023年，浙江农村居民人均可支配收入达37565元。';

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = Buffer.from(TEXT, 'utf8');
    expect(decodeBytes(bytes)).toBe(TEXT);
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]))).toBe(TEXT);
  });

  it('detects GBK / GB18030 instead of assuming it', () => {
    expect(decodeBytes(iconv.encode(TEXT, 'gbk'))).toBe(TEXT);
    expect(decodeBytes(iconv.encode(TEXT, 'gb18030'))).toBe(TEXT);
  });

  it('detects UTF-16 LE without a BOM, for Chinese and for ASCII-heavy text', () => {
    expect(decodeBytes(iconv.encode(TEXT, 'utf-16le'))).toBe(TEXT);
    const ascii = 'Report 2023: rural revitalisation, 1000 villages.';
    expect(decodeBytes(iconv.encode(ascii, 'utf-16le'))).toBe(ascii);
  });

  it('reads UTF-16 with a BOM, either byte order', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]))).toBe(TEXT);
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]))).toBe(TEXT);
  });

  it('refuses random binary with a Chinese message', () => {
    let seed = 42;
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed >> 16;
    }
    expect(() => decodeBytes(bytes)).toThrow(/无法识别文件编码/);
  });
});

describe('decodeSource', () => {
  it('knows the format from the file name', () => {
    expect(decodeSourceSync({ fileName: 'a.HTML', bytes: Buffer.from('<p>你好</p>') }).format).toBe('html');
    expect(decodeSourceSync({ fileName: 'a.md', bytes: Buffer.from('# 标题') }).format).toBe('markdown');
    expect(() => decodeSourceSync({ fileName: 'a.docx', bytes: Buffer.from('x') })).toThrow(/DOCX/);
  });

  it('refuses a .docx that is not a Word document, in Chinese', async () => {
    await expect(decodeSource({ fileName: '坏文件.docx', bytes: Buffer.from('not a zip') })).rejects.toMatchObject({ code: 'file_damaged', detail: expect.stringMatching(/坏文件\.docx.*不是 Word 文档/) });
  });
});
