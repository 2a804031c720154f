import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_OPTIONS, EMPTY_PROFILE, type DocumentRecord, type PassageInfo } from '../../../shared/api/apiTypes';
import type { NoteStyle } from '../../../shared/citations/citationStyles';
import type { BlockNode, DocNode } from '../../../shared/doc/docTypes';
import { BUILTIN_PROFILES } from '../../../shared/export/builtinProfiles';
import type { Layout } from '../../../shared/export/formatProfile';
import { docxToDoc } from '../../documents/docxToDoc';
import { convertDocxToPdf, findSoffice } from '../convertWithLibreOffice';
import { ExportService } from '../ExportService';
import { pdfPageTexts } from './pdfTools';

// A three-page draft with notes on every page: the circled style must restart at ① on each page in
// Word's own settings (w:footnotePr in the section), and LibreOffice must render it so.

const FILLER = '各级党组织要把学习贯彻“千万工程”经验作为一项重要政治任务，结合实际抓好落实，推动各项工作取得新成效，坚持因地制宜、分类施策，久久为功、善作善成。';
const source = (id: string, site: string) => ({ id, title: id, site, date: '2023-12-06', url: null, kind: '权威文献' as const });
const PASSAGES = new Map<string, PassageInfo>(
  ['甲', '乙', '丙', '丁'].map((name, i) => [`p${i}`, { id: `p${i}`, text: `${name}的文字`, workTitle: `${name}篇`, heading: null, sources: [source(`s${i}`, `网站${name}`)] }]),
);
const cite = (passageId: string) => ({ type: 'citation' as const, attrs: { passageId, kind: 'quote' as const, citedOn: '2026-12-05' } });
const para = (text: string, ...cites: string[]): BlockNode => ({ type: 'paragraph', content: [{ type: 'text', text }, ...cites.map(cite)] });
const filler = (n: number) => Array.from({ length: n }, () => para(FILLER + FILLER));
// Page 1: p0, p0 again (同上), p1; then enough text to reach page 2: p2; page 3: p3.
const DOC: DocNode = {
  type: 'doc',
  content: [para('第一页的引文。', 'p0'), para('又一处。', 'p0'), para('再一处。', 'p1'), ...filler(9), para('第二页的引文。', 'p2'), ...filler(9), para('第三页的引文。', 'p3')],
};

function service(notes: NoteStyle) {
  const record: DocumentRecord = { id: 'd', title: '三页的心得体会', createdAt: '', updatedAt: '', deletedAt: null, wordCount: 0, version: 1, content: DOC, options: { ...DEFAULT_DOCUMENT_OPTIONS, notes, references: true } };
  return new ExportService({
    documents: { get: () => record },
    library: { getPassages: (ids) => ids.flatMap((id) => (PASSAGES.has(id) ? [PASSAGES.get(id)!] : [])) },
    settings: { getProfile: () => EMPTY_PROFILE },
    formats: { get: (id) => BUILTIN_PROFILES[id as Layout] ?? BUILTIN_PROFILES.material, forLayout: (layout) => BUILTIN_PROFILES[layout] },
    now: () => new Date(2026, 11, 5),
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-notes-'));
const docx = {} as Record<NoteStyle, { parts: Record<string, string>; bytes: Buffer }>;
let circledPages: string[] = [];

beforeAll(async () => {
  const soffice = findSoffice();
  expect(soffice, 'LibreOffice (soffice) is required').not.toBeNull();
  for (const style of ['circled', 'numbered', 'endnotes', 'inline'] as const) {
    const file = await service(style).export({ id: 'd', format: 'docx', layout: 'official' });
    docx[style] = { bytes: file.bytes, parts: Object.fromEntries(Object.entries(unzipSync(file.bytes)).map(([n, d]) => [n, strFromU8(d)])) };
  }
  const pdf = path.join(tmp, 'circled.pdf');
  fs.writeFileSync(pdf, await convertDocxToPdf(docx.circled.bytes, soffice!));
  fs.writeFileSync(path.join(tmp, 'circled.docx'), docx.circled.bytes);
  circledPages = pdfPageTexts(pdf);
}, 120_000);

afterAll(() => {
  if (process.env.QIANWAN_KEEP_EXPORTS) console.log(`exports kept in ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
});

describe('note styles in DOCX', () => {
  it('circled: one footnote per citation, ①②③ restarting on each page in the section’s footnote settings', () => {
    const { parts } = docx.circled;
    expect(parts['word/document.xml']).toContain('<w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numRestart w:val="eachPage"/></w:footnotePr>');
    expect(parts['word/document.xml']!.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(5);
    // The second citation of the work just cited says 同上.
    expect(parts['word/footnotes.xml']).toContain('> 同上.</w:t>');
    expect(parts['word/footnotes.xml']).toContain('甲篇[EB/OL]. 网站甲，2023（2023-12-06）[2026-12-05].');
  });

  it('circled: LibreOffice shows ① on page 1 and ① again on pages 2 and 3', () => {
    if (process.env.QIANWAN_SHOW_PAGES) console.log(circledPages.join('\n=====\n'));
    expect(circledPages.length).toBeGreaterThanOrEqual(3);
    const page = (needle: string) => circledPages.findIndex((t) => t.includes(needle));
    const [p1, p2, p3] = [page('第一页的引文'), page('第二页的引文'), page('第三页的引文')];
    expect(p1).toBe(0);
    expect(p2).toBeGreaterThan(p1);
    expect(p3).toBeGreaterThan(p2);
    // Page 1 has three notes: ① ② ③; the next pages start again at ①.
    expect(circledPages[p1]).toMatch(/第一页的引文。①/);
    expect(circledPages[p1]).toMatch(/①\s*甲篇\[EB\/OL\]/);
    expect(circledPages[p1]).toMatch(/②\s*同上/);
    expect(circledPages[p1]).toMatch(/③\s*乙篇/);
    expect(circledPages[p2]).toMatch(/第二页的引文。①/);
    expect(circledPages[p2]).toMatch(/①\s*丙篇/);
    expect(circledPages[p2]).not.toContain('④');
    expect(circledPages[p3]).toMatch(/①\s*丁篇/);
  });

  it('numbered: one footnote per work, decimal, numbered through the document', () => {
    const { parts } = docx.numbered;
    expect(parts['word/document.xml']).toContain('<w:footnotePr><w:numFmt w:val="decimal"/><w:numRestart w:val="continuous"/></w:footnotePr>');
    expect(parts['word/document.xml']!.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(4);
    expect(parts['word/footnotes.xml']).not.toContain('同上');
  });

  it('numbered and endnotes: the mark in the text is [1] as in the editor (GB/T 7714 顺序编码制), Word numbering the note inside the brackets', () => {
    // The text of the body with each real note reference as #.
    const marks = (xml: string) => xml.replace(/<w:(foot|end)noteReference w:id="\d+"\/>/g, '<w:t>#</w:t>').match(/<w:t[^>]*>[^<]*<\/w:t>/g)!.map((t) => t.replace(/<[^>]+>/g, '')).join('');
    for (const style of ['numbered', 'endnotes'] as const) {
      const text = marks(docx[style].parts['word/document.xml']!);
      expect(text, style).toContain('第一页的引文。[#]');
      // A work cited again keeps its number, in brackets too.
      expect(text, style).toContain('又一处。[1]');
      expect(text, style).toContain('再一处。[#]');
    }
  });

  it('numbered and endnotes: opened again, the bracketed marks are citations again, with no stray brackets', async () => {
    for (const style of ['numbered', 'endnotes'] as const) {
      const { doc } = await docxToDoc(docx[style].bytes, `${style}.docx`);
      for (const [words, cites] of [['第一页的引文。', 1], ['又一处。', 1]] as const) {
        const para = doc.content.find((b) => b.type === 'paragraph' && JSON.stringify(b).includes(words)) as { content: Array<{ type: string; text?: string }> };
        expect(para.content.map((n) => n.text ?? `<${n.type}>`).join(''), style).toBe(words + '<citation>'.repeat(cites));
      }
    }
  });

  it('endnotes: Word endnotes at the end of the document', () => {
    const { parts } = docx.endnotes;
    expect(parts['word/document.xml']!.match(/<w:endnoteReference w:id="\d+"\/>/g)).toHaveLength(4);
    expect(parts['word/document.xml']).not.toContain('<w:footnoteReference');
    expect(parts['word/endnotes.xml']).toContain('丁篇[EB/OL]');
  });

  it('inline (文中注): the attribution in the text, no notes, an unnumbered 参考文献 list', () => {
    const { parts } = docx.inline;
    const body = parts['word/document.xml']!;
    expect(body).not.toMatch(/<w:(footnote|endnote)Reference/);
    expect(parts['word/footnotes.xml'] ?? '').not.toContain('甲篇');
    expect(body).toContain('>第一页的引文。</w:t></w:r><w:r><w:t xml:space="preserve">（《甲篇》，网站甲，2023年12月6日）<');
    // Listed by author, so an unknown author is written 佚名; the list is sorted (丙 丁 甲 乙 by pinyin), not numbered.
    const list = [...body.matchAll(/<w:pStyle w:val="QwReference"\/>.*?<w:t[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(list).toEqual(['丙', '丁', '甲', '乙'].map((n) => `佚名. ${n}篇[EB/OL]. 网站${n}，2023（2023-12-06）[2026-12-05].`));
  });
});
