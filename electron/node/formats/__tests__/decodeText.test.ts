import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDraftFile } from '../../documents/readDraftFile';
import { decodeText } from '../decodeText';
import { readSourceFileSync } from '../readSourceFile';
import { sourceFormat } from '../sourceFormat';

const TEXT = '学习浙江“千万工程”经验，建设宜居宜业和美乡村。2023年，浙江农村居民人均可支配收入达37565元。';

describe('decodeText: the one decoder of drafts and sources', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = Buffer.from(TEXT, 'utf8');
    expect(decodeText(bytes, 'a.txt')).toBe(TEXT);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), 'a.txt')).toBe(TEXT);
  });

  it('detects GBK / GB18030 instead of assuming it', () => {
    expect(decodeText(iconv.encode(TEXT, 'gbk'), 'a.txt')).toBe(TEXT);
    expect(decodeText(iconv.encode(TEXT, 'gb18030'), 'a.txt')).toBe(TEXT);
  });

  it('detects UTF-16 LE without a BOM, for Chinese and for ASCII-heavy text', () => {
    expect(decodeText(iconv.encode(TEXT, 'utf-16le'), 'a.txt')).toBe(TEXT);
    const ascii = 'Report 2023: rural revitalisation, 1000 villages.';
    expect(decodeText(iconv.encode(ascii, 'utf-16le'), 'a.txt')).toBe(ascii);
  });

  it('reads UTF-16 with a BOM, either byte order', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]), 'a.txt')).toBe(TEXT);
    expect(decodeText(iconv.encode(TEXT, 'utf16-be', { addBOM: true }), 'a.txt')).toBe(TEXT);
  });

  it('keeps the text of UTF-8 with two broken bytes', () => {
    const bytes = Buffer.concat([Buffer.from(TEXT.repeat(5), 'utf8'), Buffer.from([0xe5, 0x8d]), Buffer.from(TEXT, 'utf8')]);
    expect(decodeText(bytes, 'a.txt')).toBe(TEXT.repeat(6));
  });

  it('refuses random binary with a code, the file named', () => {
    let seed = 42;
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed >> 16;
    }
    expect(() => decodeText(bytes, '乱码.txt')).toThrow(expect.objectContaining({ code: 'file_encoding', detail: '乱码.txt' }));
  });

  it('drafts and sources agree: Chinese UTF-16 without a BOM, and UTF-8 with broken bytes, open as both', async () => {
    const utf16 = iconv.encode(`心得\n${TEXT}`, 'utf-16le');
    const broken = Buffer.concat([Buffer.from(`心得\n${TEXT.repeat(5)}`, 'utf8'), Buffer.from([0xe5, 0x8d]), Buffer.from(TEXT, 'utf8')]);
    for (const bytes of [utf16, broken]) {
      const draft = await readDraftFile('心得.txt', bytes);
      expect(draft.title).toBe('心得');
      expect(readSourceFileSync('心得.txt', bytes).rawText).toContain(TEXT);
    }
  });
});

describe('sourceFormat', () => {
  it('knows the format from the name, corrected by the first bytes', () => {
    expect(sourceFormat('a.HTML', Buffer.from('<p>你好</p>'))).toBe('html');
    expect(sourceFormat('a.md', Buffer.from('# 标题'))).toBe('markdown');
    expect(sourceFormat('a.mht', Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"'))).toBe('mhtml');
    // 范文 sites hand out web pages and .docx files named .doc.
    expect(sourceFormat('范文.doc', Buffer.from('<html><body><p>正文</p></body></html>'))).toBe('html');
    expect(sourceFormat('范文.doc', Buffer.from('PK\u0003\u0004rest'))).toBe('docx');
    expect(sourceFormat('a.pdf', Buffer.from('%PDF-1.7'))).toBe('pdf');
    expect(sourceFormat('a.exe', Buffer.from('MZ'))).toBeNull();
  });
});
