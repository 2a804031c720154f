import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_OPTIONS, EMPTY_PROFILE, type DocumentRecord } from '../../../shared/api/apiTypes';
import type { BlockNode, DocNode } from '../../../shared/doc/docTypes';
import { BUILTIN_PROFILES } from '../../../shared/export/builtinProfiles';
import type { FormatProfile, Layout } from '../../../shared/export/formatProfile';
import { findSoffice } from '../convertWithLibreOffice';
import { presetFromProfile } from '../docxPresets';
import { ExportService, type ExportRequest } from '../ExportService';
import { planFonts } from '../planFonts';

// Each layout and each setting of a unit format, read back from the DOCX XML.

const AUTHOR = { ...EMPTY_PROFILE, unit: '某某县农业农村局', position: '副局长', name: '张三' };
const BYLINE = '某某县农业农村局　副局长　张三';
const text = (t: string) => ({ type: 'text' as const, text: t });
const p = (...parts: string[]): BlockNode => ({ type: 'paragraph', content: parts.map(text) });
const DOC: DocNode = {
  type: 'doc',
  content: [
    p('同志们：'),
    p('根据安排，我谈几点体会。正如报道所说：“二十年来，“千万工程”造就了万千美丽乡村。”'),
    { type: 'paragraph' },
    { type: 'heading', attrs: { level: 1 }, content: [text('一、提高认识')] },
    { type: 'paragraph', content: [text('　 ')] },
    p('要把学习成果转化为工作实效。'),
    { type: 'paragraph' },
    // The template's closing line, the same as the author line: written once, by the layout.
    p('某某县农业农村局　副局长　张三'),
  ],
};

function service(doc: DocNode = DOC, title = '在学习运用“千万工程”经验推进乡村全面振兴专题研讨会上的发言') {
  const record: DocumentRecord = { id: 'd', title, createdAt: '', updatedAt: '', deletedAt: null, wordCount: 0, version: 1, content: doc, options: { ...DEFAULT_DOCUMENT_OPTIONS } };
  return new ExportService({
    documents: { get: () => record },
    library: { getPassages: () => [] },
    settings: { getProfile: () => AUTHOR },
    formats: { get: (id) => BUILTIN_PROFILES[id as Layout] ?? BUILTIN_PROFILES.material, forLayout: (layout) => BUILTIN_PROFILES[layout] },
    now: () => new Date(2026, 11, 5),
  });
}

async function parts(request: Omit<ExportRequest, 'id' | 'format'>, doc?: DocNode): Promise<Record<string, string>> {
  const file = await service(doc).export({ id: 'd', format: 'docx', ...request });
  return Object.fromEntries(Object.entries(unzipSync(file.bytes)).map(([n, d]) => [n, strFromU8(d)]));
}

const paragraphs = (xml: string) => xml.match(/<w:p>.*?<\/w:p>|<w:p\/>/g) ?? [];
const paragraphText = (para: string) => (para.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');
const style = (xml: string, id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(xml)?.[0] ?? '';

describe('layouts in the DOCX', () => {
  it('材料格式: title, the author line in 3号楷体 under it, body 3号仿宋, no date and no 署名 at the end', async () => {
    const x = await parts({ layout: 'material' });
    const doc = x['word/document.xml']!;
    const texts = paragraphs(doc).map(paragraphText);
    expect(texts[0]).toBe('在学习运用“千万工程”经验推进乡村全面振兴专题研讨会上的发言');
    expect(texts[1]).toBe(BYLINE);
    expect(paragraphs(doc)[1]).toContain('<w:pStyle w:val="QwByline"/>');
    expect(style(x['word/styles.xml']!, 'QwByline')).toMatch(/w:eastAsia="楷体_GB2312".*<w:sz w:val="32"\/>/);
    expect(style(x['word/styles.xml']!, 'Title')).toMatch(/w:eastAsia="方正小标宋简体".*<w:sz w:val="44"\/>/);
    expect(style(x['word/styles.xml']!, 'Normal')).toMatch(/w:eastAsia="仿宋_GB2312".*<w:sz w:val="32"\/>/);
    expect(style(x['word/styles.xml']!, 'Heading1')).toContain('w:eastAsia="黑体"');
    expect(style(x['word/styles.xml']!, 'Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(style(x['word/styles.xml']!, 'Heading3')).toMatch(/w:eastAsia="仿宋_GB2312".*<w:b\/>/);
    // Written once: the template's closing line is not a body paragraph.
    expect(texts.filter((t) => t === BYLINE)).toHaveLength(1);
    expect(doc).not.toContain('QwDate');
    expect(doc).not.toContain('QwSignature');
    expect(doc).toContain('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
    expect(doc).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    expect(x['word/footer1.xml']).toContain('— ');
  });

  it('公文格式: no author line under the title; the 署名 and the 成文日期 after the text, the date 右空二字', async () => {
    const x = await parts({ layout: 'official' });
    const ps = paragraphs(x['word/document.xml']!);
    const texts = ps.map(paragraphText);
    expect(texts[1]).toBe('');
    expect(texts.filter((t) => t === BYLINE)).toHaveLength(1);
    const sig = texts.indexOf(BYLINE);
    expect(texts[sig + 1]).toBe('2026年12月5日');
    expect(texts.indexOf('要把学习成果转化为工作实效。')).toBeLessThan(sig);
    expect(ps[sig]).toContain('<w:pStyle w:val="QwSignature"/>');
    // GB/T 9704 7.3.5.2: a 署名 longer than the date stands 右空二字 (2 × 320 twips) and the date moves
    // left so its first character is two to the right of the 署名's: 2 + 15 − 2 − 6.5 字 (digits are half).
    expect(ps[sig]).toMatch(/<w:ind w:right="640"/);
    expect(ps[sig + 1]).toMatch(/<w:ind w:right="2720"/);
    expect(x['word/document.xml']).not.toContain('QwRecord');
  });

  it('公文格式 with 抄送 and 印发机关: the 版记 between thick and thin lines after the closing matter', async () => {
    const profile: FormatProfile = { ...BUILTIN_PROFILES.official, id: 'u-office', name: '县委办公文', copyTo: '县委各部门，各乡镇党委', printedBy: '中共某某县委办公室' };
    const x = await parts({ profile });
    const ps = paragraphs(x['word/document.xml']!);
    const record = ps.filter((q) => q.includes('QwRecord'));
    expect(record.map(paragraphText)).toEqual(['抄送：县委各部门，各乡镇党委。', '中共某某县委办公室\t2026年12月5日印发']);
    expect(record[0]).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"/);
    expect(record[0]).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="6"/);
    expect(record[1]).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"/);
  });

  it('通用格式: 宋体小四 at 1.5 lines, the bare page number centred', async () => {
    const x = await parts({ layout: 'plain' });
    expect(style(x['word/styles.xml']!, 'Normal')).toMatch(/w:eastAsia="宋体".*<w:sz w:val="24"\/>/);
    expect(style(x['word/styles.xml']!, 'Normal')).toMatch(/<w:spacing w:after="0" w:before="0" w:line="360" w:lineRule="auto"\/>/);
    expect(x['word/footer1.xml']).toContain('<w:jc w:val="center"/>');
    expect(x['word/footer1.xml']).not.toContain('— ');
    expect(x['word/settings.xml']).not.toMatch(/<w:evenAndOddHeaders(?! w:val="false")/);
  });

  it('a unit’s own format: its margins, faces, sizes, line pitch, indent, page numbers, author line and date', async () => {
    const profile: FormatProfile = {
      ...BUILTIN_PROFILES.material,
      id: 'u-mine',
      name: '县委办材料格式',
      marginsMm: { top: 30, bottom: 30, left: 25, right: 25 },
      body: { font: '方正仿宋_GBK', sizePt: 15, bold: false },
      line: { exactPt: 28 },
      grid: null,
      firstLineChars: 0,
      pageNumberStyle: 'none',
      authorPlace: 'end',
      datePlace: 'under-author',
    };
    const x = await parts({ profile });
    const doc = x['word/document.xml']!;
    expect(doc).toContain(`<w:pgMar w:top="${Math.round((30 * 1440) / 25.4)}" w:right="${Math.round((25 * 1440) / 25.4)}"`);
    expect(style(x['word/styles.xml']!, 'Normal')).toMatch(/<w:spacing w:after="0" w:before="0" w:line="560" w:lineRule="exact"\/>.*w:eastAsia="方正仿宋_GBK".*<w:sz w:val="30"\/>/);
    expect(style(x['word/styles.xml']!, 'Normal')).toContain('<w:ind w:firstLine="0" w:firstLineChars="0"/>');
    expect(doc).not.toContain('w:type="lines"');
    expect(doc).not.toContain('footerReference');
    // The face the unit names is declared with a stand-in of its kind (仿宋) for Word and WPS.
    expect(x['word/fontTable.xml']).toMatch(/<w:font w:name="方正仿宋_GBK"><w:altName w:val="仿宋"\/>/);
    const texts = paragraphs(doc).map(paragraphText);
    expect(texts[1]).toBe('（2026年12月5日）');
    expect(texts.at(-1)).toBe(BYLINE);
  });

  it('drops empty placeholders, starts a salutation flush left, and nests quotation marks', async () => {
    const x = await parts({ layout: 'material' });
    const ps = paragraphs(x['word/document.xml']!);
    const texts = ps.map(paragraphText);
    const body = texts.slice(texts.indexOf('同志们：'));
    // Title, author line and one spacer come before; nothing blank inside the text.
    expect(body).toEqual(['同志们：', '根据安排，我谈几点体会。正如报道所说：“二十年来，‘千万工程’造就了万千美丽乡村。”', '一、提高认识', '要把学习成果转化为工作实效。']);
    expect(ps[texts.indexOf('同志们：')]).toContain('<w:ind w:firstLine="0" w:firstLineChars="0"/>');
    expect(ps[texts.indexOf('要把学习成果转化为工作实效。')]).not.toContain('w:firstLine="0"');
  });

  it('breaks a long title in balanced lines (GB/T 9704), and keeps a break the writer forced', async () => {
    const title = (paras: string[]) => paras[0]!.split('<w:br/>').map(paragraphText);
    const x = await parts({ layout: 'material' });
    const lines = title(paragraphs(x['word/document.xml']!));
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe('在学习运用“千万工程”经验推进乡村全面振兴专题研讨会上的发言');
    expect(lines[1]).not.toBe('发言');
    const forced = await service(DOC, '学习心得\n（第二稿）').export({ id: 'd', format: 'docx', layout: 'material' });
    const xml = strFromU8(unzipSync(forced.bytes)['word/document.xml']!);
    expect(title(paragraphs(xml))).toEqual(['学习心得', '（第二稿）']);
  });

  it('refuses an empty document unless asked to export it anyway', async () => {
    const empty: DocNode = { type: 'doc', content: [{ type: 'paragraph' }, p('　'), p(BYLINE)] };
    await expect(service(empty).export({ id: 'd', format: 'docx' })).rejects.toMatchObject({ code: 'document_empty' });
    await expect(service(empty).export({ id: 'd', format: 'txt' })).rejects.toMatchObject({ code: 'document_empty' });
    const file = await service(empty).export({ id: 'd', format: 'docx', allowEmpty: true });
    expect(file.bytes.length).toBeGreaterThan(1000);
  });
});

describe('fonts before a PDF', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-fonts-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('names the faces this machine lacks and maps them by kind: 仿宋/楷体/宋体 to a serif CJK face, 黑体 to a sans one', () => {
    const installed = new Set(['Noto Serif CJK SC', 'Noto Sans CJK SC', 'DejaVu Sans']);
    const plan = planFonts(BUILTIN_PROFILES.material, installed);
    expect(Object.fromEntries(plan.map((s) => [s.font, s.replacement]))).toEqual({
      方正小标宋简体: 'Noto Serif CJK SC',
      楷体_GB2312: 'Noto Serif CJK SC',
      仿宋_GB2312: 'Noto Serif CJK SC',
      黑体: 'Noto Sans CJK SC',
      宋体: 'Noto Serif CJK SC',
      // No serif Latin face at all: said, with none to stand in (LibreOffice's own fallback).
      'Times New Roman': null,
    });
    // The Latin face: Times New Roman's metric twin first, else a serif.
    expect(planFonts(BUILTIN_PROFILES.material, new Set(['DejaVu Serif', 'Liberation Serif'])).find((s) => s.font === 'Times New Roman')?.replacement).toBe('Liberation Serif');
    const dejavu = planFonts(BUILTIN_PROFILES.material, new Set(['DejaVu Serif']));
    expect(dejavu.find((s) => s.font === 'Times New Roman')?.replacement).toBe('DejaVu Serif');
    expect(presetFromProfile(BUILTIN_PROFILES.material, dejavu).body.font.latin).toBe('DejaVu Serif');
    expect(planFonts(BUILTIN_PROFILES.material, new Set(['Times New Roman'])).map((s) => s.font)).not.toContain('Times New Roman');
    // A machine with 仿宋 (Windows) uses it for 仿宋_GB2312 rather than a Noto face.
    expect(planFonts(BUILTIN_PROFILES.material, new Set(['仿宋', '楷体', '黑体', '宋体', 'Noto Serif CJK SC'])).find((s) => s.font === '仿宋_GB2312')?.replacement).toBe('仿宋');
    expect(planFonts(BUILTIN_PROFILES.material, new Set([BUILTIN_PROFILES.material.title.font]))).not.toContainEqual(expect.objectContaining({ font: '方正小标宋简体' }));
    expect(planFonts(BUILTIN_PROFILES.material, null)).toEqual([]);
    // The title keeps its weight in its stand-in, so it still stands out.
    const preset = presetFromProfile(BUILTIN_PROFILES.material, plan);
    expect(preset.title.font.eastAsia).toBe('Noto Serif CJK SC');
    expect(preset.title.bold).toBe(true);
    expect(preset.heading1.font.eastAsia).toBe('Noto Sans CJK SC');
  });

  it('the app’s PDF keeps title, headings and body apart on a machine without the official fonts; the DOCX keeps their names', async () => {
    const soffice = findSoffice();
    expect(soffice, 'LibreOffice (soffice) is required').not.toBeNull();
    const exporter = new ExportService({
      documents: { get: () => ({ id: 'd', title: '学习心得', createdAt: '', updatedAt: '', deletedAt: null, wordCount: 0, version: 1, content: DOC, options: { ...DEFAULT_DOCUMENT_OPTIONS } }) },
      library: { getPassages: () => [] },
      settings: { getProfile: () => AUTHOR },
      formats: { get: () => BUILTIN_PROFILES.material, forLayout: (layout) => BUILTIN_PROFILES[layout] },
      fonts: () => new Set(['Noto Serif CJK SC', 'Noto Sans CJK SC', 'DejaVu Serif']),
    });
    const pdf = await exporter.export({ id: 'd', format: 'pdf' });
    expect(pdf.fonts.map((f) => f.font).sort()).toEqual(['仿宋_GB2312', '宋体', '方正小标宋简体', '楷体_GB2312', '黑体', 'Times New Roman'].sort());
    expect(pdf.fonts.find((f) => f.font === 'Times New Roman')?.replacement).toBe('DejaVu Serif');
    const file = path.join(tmp, 'out.pdf');
    fs.writeFileSync(file, pdf.bytes);
    const used = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout;
    expect(used).toMatch(/NotoSerifCJK/);
    expect(used).toMatch(/NotoSansCJK/);
    const docx = await exporter.export({ id: 'd', format: 'docx' });
    expect(strFromU8(unzipSync(docx.bytes)['word/styles.xml']!)).toContain('w:eastAsia="仿宋_GB2312"');
    expect(docx.fonts).toEqual([]);
  }, 60_000);
});
