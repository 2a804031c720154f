import type { BuildReportEntry, CorpusBuild } from './corpusTypes';

const STEP_TITLES: [string, string][] = [
  ['mojibake', '删除的乱码（不保留，所在段落已标记）'],
  ['furniture', '删除的网站附加内容'],
  ['chunks', '拼接的预览分块'],
  ['normalise', '规范化修正'],
  ['restore', '据其他副本恢复的读法'],
  ['dedupe', '合并的重复内容'],
];

const cell = (s: string | undefined): string => (s ?? '').replace(/\r?\n/g, '⏎').replace(/\|/g, '\\|').slice(0, 160);

/**
 * The build report as a Markdown document in Chinese, so a reviewer can audit every change the build
 * made to the source text: per source its bibliographic facts and works, then every removal, join,
 * repair and restoration with the text before and after. Deterministic (no timings), so the committed
 * report only changes when the build's output does.
 */
export function renderBuildReport(build: CorpusBuild): string {
  const out: string[] = [];
  const s = build.stats;
  const passagesBySource = new Map<string, number>();
  for (const p of build.passages) for (const o of p.occurrences) passagesBySource.set(o.sourceId, (passagesBySource.get(o.sourceId) ?? 0) + 1);
  out.push('# 素材库构建报告', '');
  out.push('本报告由构建流程自动生成（`renderBuildReport`），逐条列出对原始文本所做的每一处删除、拼接、修正与恢复。原始文件保持不变，每个段落素材都记录了它在原文中的位置。', '');
  out.push('## 概况', '');
  out.push('| 项目 | 数量 |', '|---|---|');
  out.push(`| 来源 | ${build.sources.length} |`, `| 篇 | ${build.works.length} |`, `| 段落素材 | ${build.passages.length} |`);
  if (s) {
    out.push(`| 合并的重复出现 | ${s.duplicatesMerged} |`, `| 据副本恢复 | ${s.restorations} |`, `| 删除的附加内容行 | ${s.linesRemoved} |`);
    out.push(`| 拼接的预览分块 | ${s.chunksRejoined} |`, `| 不完整段落（预览截断） | ${s.incomplete} |`);
  }
  out.push('');
  for (const src of build.sources) {
    out.push(`## 来源：${src.title}`, '');
    out.push(`- 文件：\`${src.fileName}\`（来源编号 \`${src.id}\`）`);
    out.push(`- 网站：${src.site ?? '未注明'}；上传/发布日期：${src.date ?? '未注明'}；文档编号：${src.docNumber ?? '未注明'}；页数：${src.pages ?? '未注明'}`);
    out.push(`- 链接：${src.url ?? '未注明'}；作者：${src.author ?? '佚名'}`);
    out.push(`- 段落出现次数：${passagesBySource.get(src.id) ?? 0}`, '');
    out.push('篇目：', '');
    for (const w of build.works.filter((w) => w.sourceId === src.id)) out.push(`${w.ord + 1}. ${w.title}`);
    out.push('');
    const entries = build.report.filter((r) => r.sourceId === src.id);
    for (const [step, title] of STEP_TITLES) {
      const list = entries.filter((r) => r.step === step);
      if (list.length === 0) continue;
      out.push(`### ${title}（${list.length}）`, '', '| 处理 | 原文 | 结果 |', '|---|---|---|');
      for (const r of list) out.push(`| ${cell(r.action)} | ${cell(r.before)} | ${r.after === undefined ? '（删除）' : cell(r.after) || '（删除）'} |`);
      out.push('');
    }
  }
  const incomplete = build.passages.filter((p) => p.incomplete);
  if (incomplete.length > 0) {
    out.push('## 不完整段落', '', '预览在句中截断，以下段落保留已有文字并标记为不完整：', '');
    for (const p of incomplete) out.push(`- \`${p.id}\`：${cell(p.text)}`);
    out.push('');
  }
  out.push(...otherEntries(build.report, new Set(build.sources.map((x) => x.id))));
  return `${out.join('\n').trimEnd()}\n`;
}

function otherEntries(report: BuildReportEntry[], known: Set<string>): string[] {
  const rest = report.filter((r) => !known.has(r.sourceId));
  if (rest.length === 0) return [];
  return ['## 其他', '', ...rest.map((r) => `- ${r.step}：${cell(r.action)} ${cell(r.before)} → ${cell(r.after)}`), ''];
}
