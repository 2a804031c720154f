import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_OPTIONS, EMPTY_PROFILE, type DocumentOptions, type DocumentRecord } from '../../../shared/api/apiTypes';
import type { DocNode } from '../../../shared/doc/docTypes';
import { BUILTIN_PROFILES } from '../../../shared/export/builtinProfiles';
import type { Layout } from '../../../shared/export/formatProfile';
import { readDraftFile } from '../../documents/readDraftFile';
import { convertDocxToPdf, findSoffice } from '../convertWithLibreOffice';
import { ExportService } from '../ExportService';
import { ADAPTATION, BLOCK_QUOTE, SAMPLE_DOC, SAMPLE_PASSAGES, SAMPLE_TITLE } from './sampleDocument';
import { pdfPageTexts, runTool } from './pdfTools';

// Each preset is exported once and converted once (LibreOffice takes seconds); every assertion about
// that preset reads the same DOCX XML, PDF text and page image.

const FILLER = '各级党组织要把学习贯彻“千万工程”经验作为一项重要政治任务，结合实际抓好落实，推动各项工作取得新成效。';
/** Enough text after the sample for at least one full page without notes: the 22-line grid shows there. */
const LONG_DOC: DocNode = { type: 'doc', content: [...SAMPLE_DOC.content, ...Array.from({ length: 24 }, () => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text: FILLER + FILLER }] }))] };

function service(doc: DocNode, options: DocumentOptions = { ...DEFAULT_DOCUMENT_OPTIONS, notes: 'numbered', references: true }) {
  const record: DocumentRecord = { id: 'd1', title: SAMPLE_TITLE, createdAt: '', updatedAt: '', deletedAt: null, wordCount: 0, version: 1, content: doc, options };
  return new ExportService({
    documents: { get: () => record },
    library: { getPassages: (ids) => ids.flatMap((id) => (SAMPLE_PASSAGES.has(id) ? [SAMPLE_PASSAGES.get(id)!] : [])) },
    settings: { getProfile: () => ({ ...EMPTY_PROFILE, name: '张三', unit: '某某县农业农村局' }) },
    formats: { get: (id) => BUILTIN_PROFILES[id as Layout] ?? BUILTIN_PROFILES.material, forLayout: (layout) => BUILTIN_PROFILES[layout] },
    now: () => new Date(2026, 4, 6),
  });
}

interface Exported {
  docx: Buffer;
  parts: Record<string, string>;
  pdfText: string[];
  pdfInfo: string;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-export-test-'));
const exported = {} as Record<'official' | 'plain', Exported>;

beforeAll(async () => {
  // CI installs LibreOffice (.ci/run); a machine without it must fail here, not skip.
  const soffice = findSoffice();
  expect(soffice, 'LibreOffice (soffice) is required: apt-get install libreoffice-writer-nogui poppler-utils').not.toBeNull();
  for (const preset of ['official', 'plain'] as const) {
    const file = await service(preset === 'official' ? LONG_DOC : SAMPLE_DOC).export({ id: 'd1', format: 'docx', layout: preset });
    const parts = Object.fromEntries(Object.entries(unzipSync(file.bytes)).map(([name, data]) => [name, strFromU8(data)]));
    const pdf = await convertDocxToPdf(file.bytes, soffice!);
    const pdfFile = path.join(tmp, `${preset}.pdf`);
    fs.writeFileSync(pdfFile, pdf);
    fs.writeFileSync(path.join(tmp, `${preset}.docx`), file.bytes);
    exported[preset] = { docx: file.bytes, parts, pdfText: pdfPageTexts(pdfFile), pdfInfo: runTool('pdfinfo', [pdfFile]) };
    // Page 1 as an image, to look at (bench-results is not where tests write; the temp folder is printed).
    runTool('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfFile, path.join(tmp, `${preset}-page`)]);
  }
}, 120_000);

afterAll(() => {
  if (process.env.QIANWAN_KEEP_EXPORTS) console.log(`exports kept in ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
});

const compact = (s: string) => s.replace(/\s+/g, '');

describe.each(['official', 'plain'] as const)('DOCX export, preset %s', (preset) => {
  it('is A4 with the preset margins, in the PDF and in the section properties', () => {
    const { parts, pdfInfo } = exported[preset];
    expect(pdfInfo).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(parts['word/document.xml']).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const margins = preset === 'official' ? { top: 37, bottom: 35, left: 28, right: 26 } : { top: 25.4, bottom: 25.4, left: 31.8, right: 31.8 };
    const pgMar = /<w:pgMar ([^>]*)\/>/.exec(parts['word/document.xml']!)![1]!;
    for (const [side, mm] of Object.entries(margins)) expect(pgMar).toContain(`w:${side}="${Math.round((mm * 1440) / 25.4)}"`);
  });

  it('asks for the preset fonts as East Asian fonts, with Times New Roman for Latin, and declares fallbacks', () => {
    const styles = exported[preset].parts['word/styles.xml']!;
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(styles)?.[0] ?? '';
    const fonts = (id: string) => /<w:rFonts ([^>]*)\/>/.exec(style(id))?.[1] ?? '';
    const size = (id: string) => Number(/<w:sz w:val="(\d+)"/.exec(style(id))?.[1]) / 2;
    const expected =
      preset === 'official'
        ? { Normal: ['仿宋_GB2312', 16], Title: ['方正小标宋简体', 22], Heading1: ['黑体', 16], Heading2: ['楷体_GB2312', 16], Heading3: ['仿宋_GB2312', 16] }
        : { Normal: ['宋体', 12], Title: ['黑体', 16], Heading1: ['黑体', 14], Heading2: ['宋体', 12] };
    for (const [id, [face, pt]] of Object.entries(expected)) {
      expect(fonts(id), id).toContain(`w:eastAsia="${face}"`);
      expect(fonts(id), id).toContain('w:ascii="Times New Roman"');
      expect(size(id), id).toBe(pt);
    }
    if (preset === 'official') expect(style('Heading3')).toContain('<w:b/>');
    const fontTable = exported[preset].parts['word/fontTable.xml']!;
    const declared = preset === 'official' ? [['仿宋_GB2312', '仿宋'], ['楷体_GB2312', '楷体'], ['方正小标宋简体', '宋体'], ['黑体', 'SimHei']] : [['宋体', 'SimSun'], ['黑体', 'SimHei'], ['楷体', 'KaiTi']];
    for (const [name, alt] of declared) {
      expect(fontTable).toMatch(new RegExp(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>.*?<w:charset w:val="86"/>`));
    }
  });

  it('keeps headings as Word heading styles (outline levels for the navigation pane)', () => {
    const { parts } = exported[preset];
    expect(parts['word/styles.xml']).toMatch(/w:styleId="Heading1"><w:name w:val="heading 1"\/>.*?<w:outlineLvl w:val="0"\/>/);
    expect(parts['word/styles.xml']).toMatch(/w:styleId="Heading2"><w:name w:val="heading 2"\/>.*?<w:outlineLvl w:val="1"\/>/);
    const paragraphs = parts['word/document.xml']!.match(/<w:p>.*?<\/w:p>/g)!;
    expect(paragraphs.find((p) => p.includes('>一、提高思想认识<'))).toContain('<w:pStyle w:val="Heading1"/>');
    expect(paragraphs.find((p) => p.includes('>（一）坚持以人民为中心<'))).toContain('<w:pStyle w:val="Heading2"/>');
    expect(parts['word/document.xml']).toMatch(/<w:pStyle w:val="Quote"\/>.*?千万工程从农村环境整治入手/);
  });

  it('has real footnotes with the GB/T 7714—2025 text, one per work, repeated citations keeping their number', () => {
    const { parts, pdfText } = exported[preset];
    const refs = parts['word/document.xml']!.match(/<w:footnoteReference w:id="\d+"\/>/g) ?? [];
    expect(refs).toHaveLength(4);
    expect(parts['word/footnotes.xml']).toContain('学习千万工程经验的心得体会[EB/OL]. 人民网，2023（2023-07-03）[2026-05-01]. http://example.org/a.');
    expect(parts['word/footnotes.xml']).toContain('千村示范万村整治二十年[Z].');
    // [1] notes: Word's own decimal numbers, through the document; the note's number stands on the line.
    expect(parts['word/document.xml']).toContain('<w:footnotePr><w:numFmt w:val="decimal"/><w:numRestart w:val="continuous"/></w:footnotePr>');
    expect(parts['word/footnotes.xml']).toContain('<w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="baseline"/></w:rPr><w:footnoteRef/>');
    const all = compact(pdfText.join('\n'));
    expect(all).toContain(compact('研讨发言材料：以千万工程为引领[EB/OL]. 求是网，2024（2024-01-12）[2026-05-02].'));
    // The footnote is on the page of its citation, not gathered at the end.
    const page = pdfText.findIndex((t) => compact(t).includes('造福了万千农民群众'.slice(0, 4)));
    expect(compact(pdfText[page]!)).toContain(compact('学习千万工程经验的心得体会[EB/OL]'));
    expect(compact(pdfText.join(''))).toContain('参考文献');
  });

  it('renders page numbers as the preset wants them', () => {
    const { pdfText } = exported[preset];
    expect(pdfText.length).toBeGreaterThanOrEqual(preset === 'official' ? 3 : 1);
    pdfText.forEach((text, i) => {
      const lines = text.split('\n').filter((l) => l.trim());
      const last = lines[lines.length - 1]!;
      if (preset === 'official') {
        expect(compact(last)).toBe(`—${i + 1}—`);
        // Odd pages on the right, even pages on the left (右空一字 / 左空一字).
        const indent = last.length - last.trimStart().length;
        if ((i + 1) % 2 === 1) expect(indent).toBeGreaterThan(20);
        else expect(indent).toBeLessThan(5);
      } else expect(last.trim()).toBe(String(i + 1));
    });
  });

  it('reads back through mammoth to the same text', async () => {
    const { value } = await mammoth.extractRawText({ buffer: exported[preset].docx });
    for (const text of ['一、提高思想认识', '（一）坚持以人民为中心', BLOCK_QUOTE, ADAPTATION, '正如文章所说：“久久为功，一张蓝图绘到底。”这是最重要的启示', '整治人居环境。', '一张蓝图绘到底[EB/OL]. 光明网，2023（2023-09-01）.']) {
      expect(value).toContain(text);
    }
  });
});

describe('GB/T 9704 layout', () => {
  it('has 22 lines of 28 characters on a full page, the title above the text and the 署名 and 成文日期 after it', () => {
    const { pdfText } = exported.official;
    const bodyLines = (t: string) => t.split('\n').filter((l) => l.trim()).slice(0, -1);
    // Pages without footnotes: their lines are all lines of the grid.
    const plainPages = pdfText.slice(0, -1).filter((t) => !t.includes('[EB/OL]'));
    expect(plainPages.length).toBeGreaterThan(0);
    expect(plainPages.map((t) => bodyLines(t).length)).toEqual(plainPages.map(() => 22));
    const full = plainPages[0]!;
    const lengths = bodyLines(full).map((l) => Array.from(l.trim()).length);
    // The longest lines of running text are 28 characters (a paragraph's first line 26 after its indent).
    expect(Math.max(...lengths)).toBe(28);
    const first = pdfText[0]!.split('\n').filter((l) => l.trim()).map((l) => l.trim());
    expect(first[0]).toBe('深入学习“千万工程”经验');
    expect(first[1]).toBe('扎实推进乡村全面振兴');
    // 公文格式: no author line under the title; the 署名 and 成文日期 close the text, once.
    expect(first[2]).toMatch(/^按照单位党组的安排/);
    const all = compact(pdfText.join(''));
    expect(all.split('某某县农业农村局张三')).toHaveLength(2);
    expect(all).toMatch(/某某县农业农村局张三2026年5月6日/);
  });

  it('writes the line grid and fixed line pitch of about 29 pt', () => {
    const { parts } = exported.official;
    expect(parts['word/document.xml']).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    expect(parts['word/styles.xml']).toMatch(/w:styleId="Normal".*?<w:spacing [^>]*w:line="579" w:lineRule="exact"/);
    expect(parts['word/styles.xml']).toMatch(/w:styleId="Normal".*?<w:ind w:firstLine="640" w:firstLineChars="200"\/>/);
  });
});

describe('endnotes and the round trip', () => {
  it('writes endnotes when the document says so', async () => {
    const file = await service(SAMPLE_DOC, { ...DEFAULT_DOCUMENT_OPTIONS, notes: 'endnotes' }).export({ id: 'd1', format: 'docx', layout: 'plain' });
    const parts = unzipSync(file.bytes);
    expect(strFromU8(parts['word/document.xml']!).match(/<w:endnoteReference w:id="\d+"\/>/g)).toHaveLength(4);
    expect(strFromU8(parts['word/document.xml']!)).not.toContain('footnoteReference');
    expect(strFromU8(parts['word/endnotes.xml']!)).toContain('一张蓝图绘到底[EB/OL]. 光明网，2023（2023-09-01）.');
    expect(strFromU8(parts['word/document.xml']!)).toContain('<w:endnotePr><w:pos w:val="docEnd"/><w:numFmt w:val="decimal"/><w:numRestart w:val="continuous"/></w:endnotePr>');
    expect(strFromU8(parts['word/document.xml']!)).not.toContain('参考文献');
  });

  it('docx → open → export keeps the text, the headings and the footnote texts', async () => {
    const first = exported.official.docx;
    const draft = await readDraftFile('心得.docx', first);
    expect(draft.title).toBe(SAMPLE_TITLE);
    const headings = draft.doc.content.filter((b) => b.type === 'heading');
    expect(headings.map((h) => [h.attrs.level, h.content?.map((n) => (n.type === 'text' ? n.text : '')).join('')])).toEqual([
      [1, '一、提高思想认识'],
      [2, '（一）坚持以人民为中心'],
      [1, '二、抓好贯彻落实'],
    ]);
    expect(draft.doc.content.some((b) => b.type === 'blockquote')).toBe(true);
    const again = await service(draft.doc).export({ id: 'd1', format: 'docx', layout: 'official' });
    const [before, after] = await Promise.all([first, again.bytes].map(async (b) => (await mammoth.extractRawText({ buffer: b })).value));
    expect(after).toBe(before);
    const notes = (b: Buffer) => strFromU8(unzipSync(b)['word/footnotes.xml']!).match(/[^>]*\[(?:EB\/OL|Z)\][^<]*/g);
    expect(notes(again.bytes)).toEqual(notes(first));
    expect(notes(first)).toHaveLength(4);
  });
});
