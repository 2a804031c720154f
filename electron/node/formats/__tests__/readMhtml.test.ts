import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readMhtml } from '../mhtml/readMhtml';
import { readSourceFileSync } from '../readSourceFile';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

/** Quoted-printable as Chrome writes it: lines of at most 76, "=" soft breaks, =XX for bytes. */
function quotedPrintable(bytes: Buffer): string {
  let out = '';
  let line = '';
  for (const b of bytes) {
    const ch = b === 0x0a ? '\r\n' : (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (ch === '\r\n') {
      out += `${line}\r\n`;
      line = '';
      continue;
    }
    if (line.length + ch.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += ch;
  }
  return out + line;
}

/** An .mhtml file as a browser saves it: the page's HTML part, then a style sheet and a picture. */
function mhtml(html: Buffer, opts: { encoding: 'quoted-printable' | 'base64'; charset?: string; url: string; subject: string }): Buffer {
  const boundary = '----MultipartBoundary--Qw3Fx0ZkL1aB2cD4eF5gH6iJ7kL8mN9oP0qR1sT2----';
  const subject = `=?utf-8?Q?${quotedPrintable(Buffer.from(opts.subject, 'utf8')).replace(/=\r\n/g, '').replace(/ /g, '_')}?=`;
  const body = opts.encoding === 'base64' ? html.toString('base64').replace(/.{76}/g, '$&\r\n') : quotedPrintable(html);
  return Buffer.from(
    [
      'From: <Saved by Blink>',
      `Snapshot-Content-Location: ${opts.url}`,
      `Subject: ${subject}`,
      'Date: Tue, 20 Jun 2023 10:00:00 +0800',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      `\tboundary="${boundary}"`,
      '',
      '',
      `--${boundary}`,
      `Content-Type: text/html${opts.charset ? `; charset="${opts.charset}"` : ''}`,
      'Content-ID: <frame-1@mhtml.blink>',
      `Content-Transfer-Encoding: ${opts.encoding}`,
      `Content-Location: ${opts.url}`,
      '',
      body,
      '',
      `--${boundary}`,
      'Content-Type: text/css',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://example.cn/style.css',
      '',
      '@charset "utf-8";',
      `--${boundary}`,
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://example.cn/a.png',
      '',
      'iVBORw0KGgo=',
      `--${boundary}--`,
      '',
    ].join('\r\n'),
    'latin1',
  );
}

describe('readMhtml', () => {
  it('reads a Chrome .mhtml: the quoted-printable HTML part, the snapshot address and the encoded subject', () => {
    const html = fixture('news-xinhua-style.html');
    const file = mhtml(Buffer.from(html, 'utf8'), { encoding: 'quoted-printable', url: 'https://www.example-news.cn/c_1129670000.htm', subject: '浙江“千万工程”造就万千美丽乡村-新华网' });
    const page = readMhtml(file, 'news.mhtml');
    // The page's bytes, line ends as the message carries them (the blank line before the boundary aside).
    expect(page.html.trimEnd()).toBe(html.replace(/\n/g, '\r\n').trimEnd());
    expect(page.url).toBe('https://www.example-news.cn/c_1129670000.htm');
    expect(page.title).toBe('浙江“千万工程”造就万千美丽乡村-新华网');
  });

  it('reads a base64 part in GBK (Internet Explorer\'s .mht), and imports its article with the saved address', () => {
    const html = fixture('gov-style.html').replace('charset=utf-8', 'charset=gb2312');
    const file = mhtml(iconv.encode(html, 'gbk'), { encoding: 'base64', charset: 'gb2312', url: 'https://www.example.gov.cn/art/1.html', subject: '实施意见' });
    const read = readSourceFileSync('意见.mht', file);
    expect(read.format).toBe('mhtml');
    expect(read.rawText).toBe(html);
    expect(read.meta.url).toBe('https://www.example.gov.cn/art/1.html');
    expect(read.meta.title).toContain('关于深化“千万工程”建设新时代美丽乡村的实施意见');
    expect(read.body.text).toContain('（二）加强乡村规划建设管理。');
    const at = read.body.text.indexOf('（二）加强乡村规划建设管理。');
    const [s, e] = read.body.originSpan(at, at + 14);
    expect(read.rawText.slice(s, e)).toBe('（二）加强乡村规划建设管理。');
  });

  it('refuses a file that is not a MIME message', () => {
    expect(() => readMhtml(Buffer.from('no headers here'), 'x.mhtml')).toThrow(expect.objectContaining({ code: 'file_damaged' }));
  });
});
