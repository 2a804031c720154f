import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../pdf/readPdf';
import { readSourceFile } from '../readSourceFile';

// handout.pdf and scan.pdf are made by fixtures/makePdfFixtures.mjs (LibreOffice from a .docx with a
// running header and page numbers; the scan is its first page as a picture).
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, 'fixtures', name)));

describe('readPdf', () => {
  it('joins lines wrapped inside a sentence, keeps headings and list items, drops the running header and page numbers', async () => {
    const pdf = await readPdf(fixture('handout.pdf'), 'handout.pdf');
    expect(pdf.pages).toBe(3);
    const lines = pdf.body.text.split('\n');
    expect(lines[0]).toBe('学习“千万工程”经验专题辅导材料');
    // A paragraph LibreOffice wrapped over three lines is one line again, with no space between characters.
    expect(lines).toContain('二十年来，浙江省持续深化“千村示范、万村整治”工程，从全面整治村庄环境起步，逐步拓展到美丽乡村建设、美丽乡村升级、乡村全面振兴，造就了万千美丽乡村，造福了万千农民群众，创造了推进乡村全面振兴的成功经验和实践范例。');
    expect(lines).toContain('一、深刻理解“千万工程”的重大意义');
    expect(lines).toContain('2. 坚持问题导向，从垃圾、污水、厕所问题入手。');
    expect(pdf.body.text).not.toContain('青山县农业农村局 学习材料');
    expect(pdf.body.text).not.toMatch(/-\s*\d\s*-/);
    // A sentence split across a page break is joined too.
    expect(lines.every((l) => /[。：”]$|^[一二三四五六七八九十]+、|^学习/.test(l))).toBe(true);
    expect(pdf.meta.title).toBe('学习“千万工程”经验专题辅导材料');
  });

  it('keeps provenance: each paragraph maps into the text layer it was read from', async () => {
    const pdf = await readPdf(fixture('handout.pdf'), 'handout.pdf');
    let at = 0;
    for (const line of pdf.body.text.split('\n')) {
      const [s, e] = pdf.body.originSpan(at, at + line.length);
      expect(pdf.rawText.slice(s, e).replace(/\s+/g, '')).toBe(line.replace(/\s+/g, ''));
      at += line.length + 1;
    }
    // The raw text layer still has the header: the source viewer shows the PDF's text as it was.
    expect(pdf.rawText).toContain('青山县农业农村局 学习材料');
  });

  it('refuses a scan with no text layer, saying so, and damaged bytes', async () => {
    await expect(readSourceFile('扫描件.pdf', fixture('scan.pdf'))).rejects.toMatchObject({ code: 'pdf_no_text', detail: '扫描件.pdf' });
    const cut = fixture('handout.pdf').subarray(0, 2000);
    await expect(readSourceFile('坏.pdf', cut)).rejects.toMatchObject({ code: 'file_damaged' });
  });
});
