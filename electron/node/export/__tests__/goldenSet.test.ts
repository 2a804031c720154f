import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QianwanApi } from '../../../shared/api/QianwanApi';
import { LAYOUTS, type Layout } from '../../../shared/export/formatProfile';
import { createApi } from '../../api/createApi';
import type { Services } from '../../api/createServices';
import { findSoffice } from '../convertWithLibreOffice';
import type { GoldenDraft } from './golden/goldenDrafts';
import { openGoldenSet, type GoldenSet } from './golden/openGoldenSet';
import { pdfPageTexts, runTool } from './pdfTools';

// The golden set: five realistic drafts, each exported in every layout and rendered by LibreOffice
// (one soffice run for all fifteen files), which must print no warning about them. The PDF text
// layer shows the closing matter in the order units use and the author line once.

const BYLINE = '某某县农业农村局　副局长　张三';
let dir: string;
let services: Services;
let api: QianwanApi;
const out = {} as Record<string, { docx: Record<string, string>; pages: string[]; draft: GoldenDraft }>;
/** The PDF the app exports (from the Electron host's API), page texts by key, for the drafts in PDF_CASES. */
const exportedPdf: Record<string, string[]> = {};
const PDF_CASES: Array<[string, Layout]> = [...['心得体会', '研讨发言', '培训心得', '附查重报告的体会'].map((name): [string, Layout] => [name, 'material']), ...LAYOUTS.map((layout): [string, Layout] => ['调研报告（40条注释）', layout])];
let sofficeOutput = '';

const key = (name: string, layout: Layout) => `${name}·${layout}`;
const compact = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  const soffice = findSoffice();
  expect(soffice, 'LibreOffice (soffice) is required').not.toBeNull();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-golden-'));
  let documents: GoldenSet['documents'];
  ({ services, api, documents } = await openGoldenSet(dir));
  const desktop = createApi(services, 'electron');
  for (const [name, layout] of PDF_CASES) {
    const { id, draft } = documents.find((d) => d.draft.name === name)!;
    const file = await desktop.exportDocument({ id, format: 'pdf', layout, ...(draft.checkAppendix ? { checkAppendix: true } : {}) });
    expect(file.pdfEngine).toBe('libreoffice');
    const pdfPath = path.join(dir, `exported-${Object.keys(exportedPdf).length}.pdf`);
    fs.writeFileSync(pdfPath, Buffer.from(file.dataBase64, 'base64'));
    exportedPdf[key(name, layout)] = pdfPageTexts(pdfPath);
  }
  const files: string[] = [];
  for (const { id, draft } of documents) {
    for (const layout of LAYOUTS) {
      const file = await api.exportDocument({ id, format: 'docx', layout, ...(draft.checkAppendix ? { checkAppendix: true } : {}) });
      const docxPath = path.join(dir, `${files.length}.docx`);
      fs.writeFileSync(docxPath, Buffer.from(file.dataBase64, 'base64'));
      files.push(docxPath);
      out[key(draft.name, layout)] = { docx: Object.fromEntries(Object.entries(unzipSync(fs.readFileSync(docxPath))).map(([n, d]) => [n, strFromU8(d)])), pages: [], draft };
    }
  }
  const run = spawnSync(soffice!, [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'lo')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', path.join(dir, 'pdf'), ...files], { encoding: 'utf8', timeout: 300_000 });
  sofficeOutput = `${run.stdout}\n${run.stderr}`;
  let i = 0;
  for (const k of Object.keys(out)) {
    const pdf = path.join(dir, 'pdf', `${i++}.pdf`);
    out[k]!.pages = pdfPageTexts(pdf);
    if (process.env.QIANWAN_KEEP_EXPORTS) runTool('pdftoppm', ['-png', '-r', '50', pdf, path.join(dir, 'pdf', `${k}`)]);
  }
}, 600_000);

afterAll(() => {
  services?.close();
  if (process.env.QIANWAN_KEEP_EXPORTS) console.log(`golden exports kept in ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
});

describe('the golden set in every layout', () => {
  it('LibreOffice converts all fifteen files and prints no warning about them', () => {
    // The one line LibreOffice prints on any machine without Java is about the machine, not the files.
    const lines = sofficeOutput.split('\n').filter((l) => l.trim() && !/^convert .* using filter : writer_pdf_Export$/.test(l) && !/failed to launch javaldx/.test(l));
    expect(lines).toEqual([]);
    for (const [k, o] of Object.entries(out)) expect(o.pages.length, k).toBeGreaterThan(0);
  });

  it('writes the author line once: under the title in 材料格式 and 通用格式, as the 署名 over the 成文日期 in 公文格式', () => {
    for (const [k, o] of Object.entries(out)) {
      const all = compact(o.pages.join(''));
      expect(all.split(compact(BYLINE)).length - 1, k).toBe(1);
      const first = compact(o.pages[0]!);
      if (k.endsWith('official')) expect(all, k).toMatch(new RegExp(`${compact(BYLINE)}\\d{4}年\\d{1,2}月\\d{1,2}日`));
      else expect(first.indexOf(compact(BYLINE)), k).toBeLessThan(first.length / 3);
    }
  });

  it('puts the closing matter in order: body, (附件说明,) 署名 and date, appendix under its 附件 label, 参考文献', () => {
    for (const layout of LAYOUTS) {
      const o = out[key('附查重报告的体会', layout)]!;
      const all = compact(o.pages.join(''));
      const body = all.indexOf('上下功夫');
      // GB/T 9704: the appendix's page opens with 附件 in its first line and the appendix's title.
      const reportPage = o.pages.findIndex((page) => compact(page).startsWith('附件查重与引用核查报告'));
      expect(reportPage, layout).toBeGreaterThan(0);
      const report = all.indexOf('附件查重与引用核查报告');
      const references = all.lastIndexOf('参考文献');
      expect(body, layout).toBeGreaterThan(0);
      expect(report, layout).toBeGreaterThan(body);
      expect(references, layout).toBeGreaterThan(report);
      // The report says when it ran as a 公文 writes a date.
      expect(compact(o.pages[reportPage]!), layout).toMatch(/核查时间：\d{4}年\d{1,2}月\d{1,2}日\d{2}:\d{2}/);
      const note = all.indexOf('附件：查重与引用核查报告');
      if (layout === 'official') {
        // 附件说明 under the text, before the 署名 and 成文日期.
        const date = all.search(/\d{4}年\d{1,2}月\d{1,2}日/);
        expect(note).toBeGreaterThan(body);
        expect(date).toBeGreaterThan(note);
        expect(date).toBeLessThan(report);
      } else expect(note, layout).toBe(-1);
    }
  });

  it('starts a speech’s salutation flush left, breaks its long title in balanced lines, and nests quotation marks', () => {
    const fayan = out[key('研讨发言', 'material')]!;
    const salutation = /<w:p>(?:(?!<\/w:p>).)*?同志们：(?:(?!<\/w:p>).)*?<\/w:p>/.exec(fayan.docx['word/document.xml']!)![0];
    expect(salutation).toContain('w:firstLine="0"');
    const titleLines = fayan.pages[0]!.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 2);
    expect(titleLines.join('')).toBe('在学习运用“千万工程”经验推进乡村全面振兴专题研讨会上的发言');
    const [a, b] = titleLines.map((l) => Array.from(l).length);
    expect(Math.abs(a! - b!)).toBeLessThanOrEqual(4);
    expect(titleLines[1]).not.toBe('发言');
    const xinde = compact(out[key('心得体会', 'material')]!.pages.join(''));
    expect(xinde).toContain('“二十年来，‘千万工程’造就了万千美丽乡村');
  });

  it('gives the long report its 40 notes: 40 circled footnotes restarting on each page', () => {
    const o = out[key('调研报告（40条注释）', 'material')]!;
    expect(o.docx['word/document.xml']!.match(/<w:footnoteReference /g)).toHaveLength(40);
    expect(o.docx['word/document.xml']).toContain('<w:numRestart w:val="eachPage"/>');
    // Several pages, each numbering its notes from ①.
    const withNotes = o.pages.filter((p) => /^\s*①/m.test(p));
    expect(withNotes.length).toBeGreaterThan(2);
  });

  it('exports one PDF layout on every host: the DOCX’s pages, lines per page and notes per page', () => {
    // Lines of text on a page, and lines that start a note (①… or [n]): footnotes sit on their page.
    const shape = (pages: string[]) => ({
      pages: pages.length,
      lines: pages.map((p) => p.split('\n').filter((l) => l.trim()).length),
      notes: pages.map((p) => (p.match(/^\s*(?:[\u2460-\u2473]|\[\d+\])/gmu) ?? []).length),
    });
    for (const [name, layout] of PDF_CASES) {
      const k = key(name, layout);
      expect(shape(exportedPdf[k]!), k).toEqual(shape(out[k]!.pages));
    }
    // The long report's 40 notes are spread over its pages, not gathered at the end.
    const long = shape(exportedPdf[key('调研报告（40条注释）', 'material')]!);
    expect(long.notes.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(40);
    expect(long.notes.filter((n) => n > 0).length).toBeGreaterThan(4);
  });

  it('cites each kind of source in GB/T 7714—2025 form', () => {
    const notes = Object.values(out)
      .map((o) => o.docx['word/footnotes.xml'] ?? '')
      .join('');
    expect(notes).toContain('本报记者. “千万工程”造就万千美丽乡村[N]. 人民日报，2023-06-06（1）.');
    expect(notes).toContain('唐仁健. 以“千万工程”经验引领乡村全面振兴[J/OL]. 求是，2023（23）：45-50. http://www.qstheory.cn/dukan/qs/2023-12/01/c_1130000000.htm.');
    expect(notes).toContain('王某某. 乡村振兴的实践逻辑[M]. 北京：人民出版社，2022：112.');
    expect(notes).toContain('中共中央，国务院. 关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见[Z]. 中发〔2024〕1号. 2024-01-01.');
    expect(notes).toMatch(/我县召开学习“千万工程”经验现场推进会\[EB\/OL\]\. 某某新闻网，2024（2024-03-15）\. https:\/\/news\.example\.cn\/2024\/0315\/123\.html\./);
  });
});
