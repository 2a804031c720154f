import type { BlockNode, InlineNode } from '../doc/docTypes';
import { t } from '../i18n/translate';
import type { CheckResult } from './checkTypes';
import { formatCheckTime } from './formatCheckTime';
import { formatRatio } from './formatRatio';

const text = (s: string): InlineNode[] => (s ? [{ type: 'text', text: s }] : []);
const para = (s: string): BlockNode => ({ type: 'paragraph', content: text(s) });
const list = (items: string[]): BlockNode => ({ type: 'bulletList', content: items.map((s) => ({ type: 'listItem', content: [para(s)] })) });

/**
 * The check's report as document blocks (the schema every exporter already writes), to append to a
 * DOCX, Markdown or text export as an appendix: title, figures, sources, paragraphs, every span.
 */
export function checkReportDoc(result: CheckResult, meta: { title: string; checkedAt: Date }): BlockNode[] {
  const blocks: BlockNode[] = [
    { type: 'heading', attrs: { level: 1 }, content: text(t('check.report.title')) },
    para(t('check.report.meta', { title: meta.title || t('docs.untitled'), date: formatCheckTime(meta.checkedAt), minRun: result.minRun, n: result.libraryPassages })),
    para(
      t('check.report.figures', {
        total: formatRatio(result.totalRatio),
        uncited: formatRatio(result.uncitedRatio),
        own: formatRatio(result.ownRatio),
        longest: result.longestRun?.chars ?? 0,
      }),
    ),
  ];
  if (result.spans.length === 0) {
    blocks.push(para(t('check.none', { n: result.minRun })));
    return blocks;
  }
  blocks.push({ type: 'heading', attrs: { level: 2 }, content: text(t('check.sources')) });
  blocks.push(list(result.sources.map((s) => `${s.title || t('check.unknownSource')}：${formatRatio(s.ratio)}`)));
  blocks.push({ type: 'heading', attrs: { level: 2 }, content: text(t('check.paragraphs')) });
  let n = 0;
  blocks.push(
    list(
      result.paragraphs.map((p) => {
        const label = p.kind === 'heading' ? `${t('check.heading')}“${p.excerpt}”` : t('check.paragraph', { n: ++n });
        return t('check.report.paragraphLine', { label, ratio: formatRatio(p.ratio), uncited: formatRatio(p.chars ? p.uncited / p.chars : 0) });
      }),
    ),
  );
  blocks.push({ type: 'heading', attrs: { level: 2 }, content: text(t('check.report.spans')) });
  blocks.push({
    type: 'orderedList',
    content: result.spans.map((s) => ({ type: 'listItem', content: [para(`“${s.text}”——${s.sourceTitle || t('check.unknownSource')}（${t(`check.status.${s.status}`)}）`)] })),
  });
  return blocks;
}
