import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { AlignmentType, Document, Footer, ImageRun, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { createServices, type Services } from '../../electron/node/api/createServices';
import { readMhtml } from '../../electron/node/formats/mhtml/readMhtml';
import { loadPdfjs } from '../../electron/node/formats/pdf/loadPdfjs';
import { findSoffice, runLibreOffice } from '../../electron/node/formats/office/runLibreOffice';
import { buildCorpus } from '../../electron/node/library/pipeline/buildCorpus';
import type { CorpusBuild, RawSourceFile } from '../../electron/node/library/pipeline/corpusTypes';
import { runImport } from '../../electron/node/library/import/runImport';
import type { BenchRow } from './formatTable';
import { packFiles } from './packFiles';

/**
 * Importing what officials actually read, through the app's import (read, find the text, clean, save),
 * the median of `runs`, each beside a naive baseline measured in the same run:
 *  - a PDF of about 1 MB (a study handout of some 150 pages, made by LibreOffice): the baseline takes
 *    pdf.js's text items as they come, one per line, with no lines joined and no running heads dropped;
 *  - 50 saved web pages in one batch (news pages and WeChat articles saved as .mhtml): the baseline
 *    strips the tags with a regular expression, as the app did before it had an HTML reader.
 */
export async function importBench(root: string, runs: number): Promise<BenchRow[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-importbench-'));
  const libraryFile = path.join(root, 'resources', 'library.db');
  let n = 0;
  const fresh = () => createServices({ dataDir: path.join(tmp, `data-${n++}`), libraryFile });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const time = async (run: (services: Services) => Promise<void>): Promise<number> => {
    const services = fresh();
    try {
      const t0 = performance.now();
      await run(services);
      return performance.now() - t0;
    } finally {
      services.close();
    }
  };
  const commit = (services: Services, build: CorpusBuild) => services.ownSources.commit(build, build.sources.map((s, index) => ({ index, title: s.title, site: s.site, date: s.date, url: s.url })));
  const importFiles = (files: RawSourceFile[]) => (services: Services) => runImport(files, () => undefined).then(({ build }) => void commit(services, build));
  try {
    const rows: BenchRow[] = [];
    const pdf = await handoutPdf(tmp);
    const pdfFile = { fileName: '学习辅导材料.pdf', bytes: pdf };
    const pdfTimes: number[] = [];
    const pdfNaive: number[] = [];
    for (let i = 0; i < runs; i++) {
      pdfTimes.push(await time(importFiles([pdfFile])));
      pdfNaive.push(await time(async (services) => void commit(services, buildCorpus([{ fileName: 'naive.txt', bytes: Buffer.from(await naivePdfText(pdf), 'utf8') }]))));
    }
    const pdfValue = median(pdfTimes);
    rows.push({ figure: `import: a ${(pdf.length / 1048576).toFixed(2)} MB PDF (read, join lines, drop running heads, clean, save; baseline: pdf.js items as lines)`, value: pdfValue, unit: 'ms', baseline: median(pdfNaive), ratio: median(pdfNaive) / pdfValue, target: '≤ 3000 ms', pass: pdfValue <= 3000 });

    const pages = packFiles(root)
      .filter((f) => /\.(html|mhtml)$/.test(f.fileName))
      .slice(0, 50);
    const pageTimes: number[] = [];
    const pageNaive: number[] = [];
    for (let i = 0; i < runs; i++) {
      pageTimes.push(await time(importFiles(pages)));
      pageNaive.push(await time(async (services) => void commit(services, buildCorpus(pages.map((f) => ({ fileName: f.fileName.replace(/\.\w+$/, '.txt'), bytes: Buffer.from(naiveStrip(f), 'utf8') }))))));
    }
    const pageValue = median(pageTimes);
    const mb = (pages.reduce((s, f) => s + f.bytes.length, 0) / 1048576).toFixed(1);
    rows.push({ figure: `import: 50 saved pages in one batch (${mb} MB, .html and .mhtml; baseline: tags stripped by a regular expression)`, value: pageValue, unit: 'ms', baseline: median(pageNaive), ratio: median(pageNaive) / pageValue, target: '≤ 10000 ms', pass: pageValue <= 10000 });
    return rows;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * A study handout of about 1 MB as PDF, as a 学习会 hands them out: some 100 pages of headings and
 * wrapped paragraphs with page numbers, and the photographs that make up most of such a file's size.
 */
async function handoutPdf(tmp: string): Promise<Buffer> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is needed to make the benchmark PDF');
  const body = '学习运用“千万工程”经验，要坚持以人民为中心的发展思想，从农民群众最关心最直接最现实的利益问题入手，坚持因地制宜、分类施策，一张蓝图绘到底，久久为功、善作善成，推动乡村全面振兴不断取得新成效。';
  const children: Paragraph[] = [];
  for (let chapter = 1; chapter <= 60; chapter++) {
    children.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `${chapter}. 第${chapter}部分 学习体会与工作思考`, bold: true, size: 28 })] }));
    if (chapter % 20 === 1) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: noisePng(400, 300, chapter), transformation: { width: 400, height: 300 } })] }));
    for (let p = 0; p < 12; p++) children.push(new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun({ text: `（${chapter}-${p + 1}）${body}${body.slice(p * 3)}`, size: 24 })] }));
  }
  const doc = new Document({ sections: [{ footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] })] }) }, children }] });
  void tmp;
  // Pictures kept as they are (LibreOffice would otherwise shrink them to JPEG), as a scanner or phone leaves them.
  const options = 'pdf:writer_pdf_Export:{"UseLosslessCompression":{"type":"boolean","value":"true"},"ReduceImageResolution":{"type":"boolean","value":"false"}}';
  return runLibreOffice({ bytes: await Packer.toBuffer(doc), ext: '.docx', to: options, soffice, code: 'pdf_unavailable', timeoutMs: 300_000 });
}

async function naivePdfText(pdf: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const lines: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item && item.str.trim()) lines.push(item.str);
  }
  await doc.destroy();
  return lines.join('\n');
}

/** The page's HTML (an .mhtml's HTML part, decoded as the app does) with its tags stripped by regular expressions. */
function naiveStrip(file: RawSourceFile): string {
  const html = file.fileName.endsWith('.mhtml') ? readMhtml(file.bytes, file.fileName).html : Buffer.from(file.bytes).toString('utf8');
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&[a-z]+;/gi, ' ')
    .replace(/\n\s*\n+/g, '\n');
}

/** A picture that does not compress (noise), as a photograph does not: a PNG written by hand. */
function noisePng(width: number, height: number, seed: number): Buffer {
  // xorshift32: a linear congruential generator's bytes repeat and would compress.
  let x = (seed * 2654435761) >>> 0 || 1;
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let i = 0; i < rows.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    rows[i] = i % (width * 3 + 1) === 0 ? 0 : x & 0xff;
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
