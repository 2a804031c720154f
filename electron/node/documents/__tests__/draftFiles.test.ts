import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/ApiError';
import { describeError } from '../../../shared/api/describeError';
import { IMPORT_FILE_MAX } from '../../../shared/api/apiLimits';
import { createApi } from '../../api/createApi';
import { createServices, type Services } from '../../api/createServices';
import { DOCX_UNPACKED_MAX } from '../../formats/docx/checkDocxArchive';
import { readDraftFile, keepKnownCitations } from '../readDraftFile';


/** A Word document as a person writes one: Word's heading styles, a footnote, bold text. */
async function personDocx(): Promise<Buffer> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('习近平：《之江新语》，浙江人民出版社 2007 年版，第 186 页。')] } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('学习心得')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、深化认识')] }),
          new Paragraph({ children: [new TextRun('绿水青山就是金山银山'), new FootnoteReferenceRun(1), new TextRun({ text: '，要牢记。', bold: true })] }),
          new Paragraph({ children: [new TextRun('（二）抓好落实')] }),
          new Paragraph({ children: [new TextRun('再次引用'), new TextRun({ text: '1', superScript: true }), new TextRun('。')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function refusal(name: string, bytes: Uint8Array): Promise<ApiError> {
  try {
    await readDraftFile(name, bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error(`${name} was not refused`);
}

/** Sets the uncompressed size of every entry in a zip's central directory (a header that lies). */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const buf = Buffer.from(zip);
  for (let i = 0; i + 4 <= buf.length; i++) if (buf.readUInt32LE(i) === 0x02014b50) buf.writeUInt32LE(size, i + 24);
  return buf;
}

describe('opening .docx drafts', () => {
  it('reads headings (styled and 公文-numbered), bold text and footnotes as external citations', async () => {
    const draft = await readDraftFile('心得.docx', await personDocx());
    expect(draft.title).toBe('学习心得');
    const [h1, para, h2, again] = draft.doc.content;
    expect(h1).toEqual({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '一、深化认识' }] });
    expect(h2).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '（二）抓好落实' }] });
    const note = '习近平：《之江新语》，浙江人民出版社 2007 年版，第 186 页。';
    expect(para).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: '绿水青山就是金山银山' },
        { type: 'citation', attrs: { passageId: expect.stringMatching(/^note-[0-9a-f]{16}$/), kind: 'quote', note } },
        { type: 'text', text: '，要牢记。', marks: [{ type: 'bold' }] },
      ],
    });
    // A raised 1 after the first footnote cites it again (how an export writes a repeated citation).
    expect(again).toEqual({ type: 'paragraph', content: [{ type: 'text', text: '再次引用' }, { type: 'citation', attrs: expect.objectContaining({ note }) }, { type: 'text', text: '。' }] });
  });

  it('refuses an empty file, bytes that are not a zip, an old .doc, and an encrypted document', async () => {
    expect((await refusal('空.docx', new Uint8Array())).code).toBe('file_empty');
    const notZip = await refusal('假.docx', strToU8('这不是 Word 文档，只是改了扩展名的文本。'));
    expect(notZip.code).toBe('file_damaged');
    expect(describeError(notZip)).toBe('文件已损坏或不是有效的 Word 文档：假.docx。');
    // An OLE compound file header (byte order FFFE, 512-byte sectors) with a WordDocument stream name.
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    cfb.writeUInt16LE(0xfffe, 28);
    cfb.writeUInt16LE(9, 30);
    Buffer.from('WordDocument', 'utf16le').copy(cfb, 1024);
    // An old .doc renamed .docx is converted by LibreOffice; without it the writer is told what to do.
    const soffice = process.env.QIANWAN_SOFFICE;
    process.env.QIANWAN_SOFFICE = '';
    try {
      const legacy = await refusal('旧版.docx', cfb);
      expect(legacy.code).toBe('libreoffice_missing');
      expect(describeError(legacy)).toContain('旧版 Word（.doc）');
    } finally {
      if (soffice === undefined) delete process.env.QIANWAN_SOFFICE;
      else process.env.QIANWAN_SOFFICE = soffice;
    }
    Buffer.from('EncryptionInfo', 'utf16le').copy(cfb, 2048);
    const encrypted = await refusal('加密.docx', cfb);
    expect(encrypted.code).toBe('file_encrypted');
    expect(describeError(encrypted)).toContain('受密码保护');
  });

  it('refuses a damaged zip (cut short), a zip without a Word body, and a zip with encrypted entries', async () => {
    const whole = await personDocx();
    expect((await refusal('截断.docx', whole.subarray(0, Math.floor(whole.length / 2)))).code).toBe('file_damaged');
    const other = zipSync({ 'content.xml': strToU8('<x/>') });
    expect(describeError(await refusal('表格.docx', other))).toBe('文件已损坏或不是有效的 Word 文档：表格.docx。');
    const flagged = Buffer.from(whole);
    for (let i = 0; i + 4 <= flagged.length; i++) if (flagged.readUInt32LE(i) === 0x02014b50) flagged.writeUInt16LE(flagged.readUInt16LE(i + 8) | 1, i + 8);
    expect((await refusal('加密条目.docx', flagged)).code).toBe('file_encrypted');
  });

  it('refuses a zip bomb by its declared size, and one whose directory lies about the size', async () => {
    // 8 MiB of zeros is 8 KiB compressed; the directory then claims more than the unpack limit.
    const zeros = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 1 });
    expect(zeros.length).toBeLessThan(64 * 1024);
    const declared = await refusal('炸弹.docx', lieAboutSizes(zeros, DOCX_UNPACKED_MAX / 2 + 1));
    expect(declared.code).toBe('file_unpack_limit');
    expect(describeError(declared)).toContain('恶意构造的压缩包');
    const liar = lieAboutSizes(zeros, 1000);
    const lied = await refusal('谎报.docx', liar);
    expect(lied.code).toBe('file_unpack_limit');
    expect(lied.detail).toBe('谎报.docx');
  });

  it('refuses files over 20 MB and other extensions before reading them', async () => {
    const big = await refusal('大.docx', new Uint8Array(IMPORT_FILE_MAX + 1));
    expect(big.code).toBe('file_too_large');
    expect(describeError(big)).toBe('文件太大：大.docx（20.0 MB），上限为 20 MB。');
    const pdf = await refusal('文稿.pdf', strToU8('%PDF-1.7'));
    expect(pdf.code).toBe('unsupported_draft');
    expect(describeError(pdf)).toContain('可以打开 .docx、.doc、.wps、.md、.txt');
  });
});

describe('opening .md and .txt drafts', () => {
  it('makes citation nodes of Pandoc citations whose passage is in the library, keeps the others as text', async () => {
    const md = '---\ntitle: "发言"\n---\n\n正文[@pknown]，另见[@punknown, 改写]，还有脚注^[作者自注：见会议纪要。]。\n';
    const read = await readDraftFile('发言.md', strToU8(md));
    const draft = { title: read.title, doc: keepKnownCitations(read.doc, (id) => id === 'pknown') };
    expect(draft.title).toBe('发言');
    expect(draft.doc.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: '正文' },
        { type: 'citation', attrs: { passageId: 'pknown', kind: 'quote' } },
        { type: 'text', text: '，另见[@punknown, 改写]，还有脚注' },
        { type: 'citation', attrs: { passageId: expect.stringMatching(/^note-/), kind: 'quote', note: '作者自注：见会议纪要。' } },
        { type: 'text', text: '。' },
      ],
    });
  });

  it('detects UTF-16 and GB18030 text, and uses the file name when there is no title', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('第一段。\n第二段。', 'utf16le')]);
    const a = await readDraftFile('心得体会.txt', utf16);
    expect(a.title).toBe('心得体会');
    expect(a.doc.content).toHaveLength(2);
    const b = await readDraftFile('b.txt', iconv.encode('学习体会\n正文第一段。\n', 'gb18030'));
    expect(b.title).toBe('学习体会');
  });
});

describe('importDocument through the API', () => {
  let dir: string;
  let services: Services;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-drafts-'));
    services = createServices({ dataDir: path.join(dir, 'data'), libraryFile: path.join(dir, 'missing-library.db') });
  });
  afterEach(() => {
    services.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const snapshot = () => JSON.stringify(['documents', 'revisions'].map((t) => services.userDb.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));

  it('creates a document with an import revision; refused files leave user.db as it was', async () => {
    const api = createApi(services, 'browser');
    const created = await api.importDocument({ name: '心得.docx', dataBase64: (await personDocx()).toString('base64') });
    expect(created.title).toBe('学习心得');
    expect((await api.listRevisions({ id: created.id })).map((r) => r.reason)).toEqual(['import']);
    const before = snapshot();
    const bad: Array<[string, Uint8Array]> = [
      ['空.docx', new Uint8Array()],
      ['假.docx', strToU8('not a zip')],
      ['炸弹.docx', lieAboutSizes(zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 1 }), 10)],
      ['文稿.pdf', strToU8('%PDF')],
      ['二进制.md', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256))],
    ];
    for (const [name, bytes] of bad) {
      await expect(api.importDocument({ name, dataBase64: Buffer.from(bytes).toString('base64') })).rejects.toBeInstanceOf(ApiError);
    }
    expect(snapshot()).toBe(before);
  });
});
