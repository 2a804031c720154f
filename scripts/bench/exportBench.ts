import type { PassageInfo } from '../../electron/shared/api/apiTypes';
import { resolveNotes } from '../../electron/shared/citations/resolveNotes';
import type { BlockNode, DocNode, InlineNode } from '../../electron/shared/doc/docTypes';
import { convertDocxToPdf, findSoffice } from '../../electron/node/export/convertWithLibreOffice';
import { docToDocx } from '../../electron/node/export/docToDocx';
import { presetFromProfile } from '../../electron/node/export/docxPresets';
import { BUILTIN_PROFILES } from '../../electron/shared/export/builtinProfiles';
import type { BenchRow } from './formatTable';
import { percentile } from './latency';
import { seededRandom } from './seededRandom';

const CHARS = 50_000;
const CITATIONS = 200;
const TARGET_MS = 1500;
const SENTENCE = '各级党组织深入学习浙江“千万工程”经验，坚持因地制宜、分类施策，久久为功推进乡村全面振兴，让农民群众有更多获得感。';

/** A 50,000-character draft: headings every ~2,500 characters, block quotes, adaptations, 200 citations (some passages cited twice, some adjacent). */
export function longDraft(seed = 5): { doc: DocNode; passages: Map<string, PassageInfo> } {
  const rand = seededRandom(seed);
  const passages = new Map<string, PassageInfo>();
  for (let i = 0; i < 160; i++) {
    const id = `pbench${i}`;
    passages.set(id, {
      id,
      text: SENTENCE,
      workTitle: `学习“千万工程”经验的心得体会（第${i + 1}篇）`,
      heading: null,
      sources: [{ id: `s${i}`, title: `来源${i}`, site: i % 3 ? '人民网' : null, date: i % 2 ? '2023-07-03' : null, url: i % 4 ? `http://example.org/${i}` : null }],
    });
  }
  const ids = [...passages.keys()];
  const content: BlockNode[] = [];
  let chars = 0;
  let cited = 0;
  let section = 0;
  while (chars < CHARS) {
    if (chars >= section * 2500) {
      section++;
      content.push({ type: 'heading', attrs: { level: section % 3 === 1 ? 1 : 2 }, content: [{ type: 'text', text: `${section}、第${section}部分的小标题` }] });
    }
    const inline: InlineNode[] = [];
    const sentences = 3 + Math.floor(rand() * 4);
    for (let s = 0; s < sentences; s++) {
      inline.push({ type: 'text', text: SENTENCE });
      chars += SENTENCE.length;
      // 200 citations spread evenly over the text; every fifth one touches the one before it.
      while (cited < CITATIONS && chars >= ((cited + 1) * CHARS) / (CITATIONS + 1)) {
        inline.push({ type: 'citation', attrs: { passageId: ids[Math.floor(rand() * ids.length)]!, kind: rand() < 0.3 ? 'adaptation' : 'quote', citedOn: '2026-05-01' } });
        cited++;
      }
    }
    const r = rand();
    if (r < 0.1) content.push({ type: 'blockquote', content: [{ type: 'paragraph', content: inline }] });
    else content.push({ type: 'paragraph', content: inline });
  }
  return { doc: { type: 'doc', content }, passages };
}

/** What a first version would do: the text joined line by line, the notes listed after it. */
function naiveExport(doc: DocNode, passages: Map<string, PassageInfo>): string {
  const lines: string[] = [];
  const visit = (nodes: Array<BlockNode | InlineNode>) => {
    for (const n of nodes) {
      if (n.type === 'text') lines.push(n.text);
      else if (n.type === 'citation') lines.push(`[${passages.get(n.attrs.passageId)?.workTitle ?? ''}]`);
      else if ('content' in n && n.content) visit(n.content as Array<BlockNode | InlineNode>);
    }
  };
  visit(doc.content);
  return lines.join('\n');
}

export async function exportBench(runs: number, withPdf: boolean): Promise<BenchRow[]> {
  const { doc, passages } = longDraft();
  const input = (layout: 'official' | 'plain') => ({
    title: '深入学习“千万工程”经验 扎实推进乡村全面振兴',
    doc,
    appendix: [],
    notes: resolveNotes(doc, passages, { style: 'numbered', edition: '2025' }),
    options: { notes: 'numbered' as const, edition: '2025' as const, format: layout, references: true },
    profile: { name: '张三', unit: '某某县农业农村局', position: '' },
    date: new Date(2026, 4, 6),
    preset: presetFromProfile(BUILTIN_PROFILES[layout]),
  });
  const times: number[] = [];
  let docx: Buffer | null = null;
  await docToDocx(input('official')); // warm-up: module and font-table set-up
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    // The whole export as the service does it: notes resolved, the DOCX built and zipped.
    docx = await docToDocx(input(i % 2 ? 'plain' : 'official'));
    times.push(performance.now() - t0);
  }
  const naive: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    naiveExport(doc, passages);
    naive.push(performance.now() - t0);
  }
  const p50 = percentile(times, 50);
  const worst = Math.max(...times);
  const baseline = percentile(naive, 50);
  const rows: BenchRow[] = [
    // The baseline shows what the text alone costs; a "times faster" ratio against it would say nothing.
    { figure: `DOCX export, ${CHARS / 1000}k characters, ${CITATIONS} footnotes (p50; baseline: plain text join)`, value: Math.round(p50), unit: 'ms', baseline: Number(baseline.toFixed(2)), ratio: null, target: `< ${TARGET_MS} ms`, pass: p50 < TARGET_MS },
    { figure: `DOCX export, ${CHARS / 1000}k characters, ${CITATIONS} footnotes (worst of ${runs})`, value: Math.round(worst), unit: 'ms', baseline: null, ratio: null, target: `< ${TARGET_MS} ms`, pass: worst < TARGET_MS },
    { figure: 'DOCX export, file size', value: Math.round(docx!.length / 1024), unit: 'KiB', baseline: null, ratio: null, target: '—', pass: null },
  ];
  const soffice = withPdf ? findSoffice() : null;
  if (soffice) {
    const t0 = performance.now();
    await convertDocxToPdf(docx!, soffice);
    rows.push({ figure: 'PDF through LibreOffice, same document (one run, profile first built)', value: Math.round(performance.now() - t0), unit: 'ms', baseline: null, ratio: null, target: '—', pass: null });
  }
  return rows;
}
