import type { SourceInfo } from '../api/apiTypes';
import type { CitationEdition } from './citationStyles';
import { formatNames } from './formatNames';
import { isChineseText, referencePunctuation, type ReferencePunctuation } from './referencePunctuation';

/** The document types the app produces: 报纸 [N], 期刊 [J], 图书 [M], 网页 [EB], 其他 [Z]. */
export type ReferenceType = 'N' | 'J' | 'M' | 'EB' | 'Z';

export interface ReferenceInput {
  workTitle: string;
  source?: SourceInfo | null;
  /** Date the writer cited it (YYYY-MM-DD): the 引用日期 of an online resource. */
  citedOn?: string | null;
}

export interface ReferenceOptions {
  edition: CitationEdition;
  /**
   * Write 佚名 for an unknown author. 顺序编码制 may leave it out and start with the title (both
   * editions); a list ordered by author (the 文中注 list) needs it.
   */
  anonymous?: boolean;
}

// 国发〔2024〕1号: only a 发文字号 is printed, never a document-sharing site's 文档编号.
const DOC_NUMBER = /^[\u4e00-\u9fa5]{1,10}[〔[（(［]\d{4}[〕\]）)］]\s*\d{1,4}\s*号$/;

/** What a source is cited as, and whether it was read online (/OL). */
export function referenceType(source: SourceInfo | null | undefined): { type: ReferenceType; online: boolean } {
  const online = !!source?.url?.trim();
  if (source?.newspaper?.trim()) return { type: 'N', online };
  if (source?.journal?.trim()) return { type: 'J', online };
  if (source?.publisher?.trim()) return { type: 'M', online };
  if (online || source?.site?.trim()) return { type: 'EB', online: true };
  return { type: 'Z', online: false };
}

const clean = (s: string | null | undefined) => s?.trim() || '';

function yearOf(date: string): string {
  return /^\d{4}/.exec(date)?.[0] ?? '';
}

/** A date with at least the month: worth printing beside the year. */
function isPrecise(date: string): boolean {
  return /^\d{4}-\d{2}(-\d{2})?$/.test(date);
}

/**
 * A serial's year span as the edition writes it: 2025 joins a continuing range with a 一字线
 * ("1984—", "1957—1990"), 2015 with a hyphen. A plain date is left as it is.
 */
export function serialYears(date: string, edition: CitationEdition): string {
  const m = /^(\d{4})\s*[-—–~～]\s*(\d{4})?$/.exec(date);
  if (!m) return yearOf(date) || date;
  return `${m[1]}${edition === '2025' ? '—' : '-'}${m[2] ?? ''}`;
}

function parens(p: ReferencePunctuation, s: string): string {
  return s ? `${p.open}${s}${p.close}` : '';
}

function joined(sep: string, ...parts: string[]): string {
  return parts.filter(Boolean).join(sep);
}

/**
 * One reference in GB/T 7714 form, 2025 or 2015 as asked: 主要责任者. 题名[类型/载体]. 出版项. 获取路径.
 * Every field the source does not give is left out with its punctuation, never invented; a 发文字号
 * is printed for a document, a site's upload number never.
 */
export function formatReference(input: ReferenceInput, options: ReferenceOptions): string {
  const { edition } = options;
  const s = input.source ?? null;
  const title = clean(input.workTitle) || clean(s?.title);
  const p = referencePunctuation(edition, isChineseText(title) || isChineseText(clean(s?.author)));
  const { type, online } = referenceType(s);
  const names = formatNames(clean(s?.author) || clean(s?.issuer), edition, p) || (options.anonymous ? (isChineseText(title) ? '佚名' : 'Anon') : '');
  const date = clean(s?.date);
  const url = clean(s?.url);
  const cited = clean(input.citedOn);
  // 2025 drops the 引用日期 of everything but web pages (and data sets, preprints: not produced here).
  const citedMark = cited && online && (type === 'EB' || edition === '2015') ? `[${cited}]` : '';
  const place = clean(s?.place);
  const publisher = clean(s?.publisher);

  const elements: string[] = [];
  switch (type) {
    case 'N':
      // 报纸名, 出版日期(版次)
      elements.push(joined(p.comma, clean(s?.newspaper), date ? serialDate(date, edition) : '') + parens(p, clean(s?.newspaperPage)) + citedMark);
      break;
    case 'J': {
      // 刊名, 年, 卷(期): 页码
      const volume = clean(s?.journalVolume);
      const head = joined(p.comma, clean(s?.journal), date ? serialYears(date, edition) : '', volume) + parens(p, clean(s?.journalIssue));
      const pages = clean(s?.pageRange);
      elements.push(head + (pages ? `${p.colon}${pages}` : '') + citedMark);
      break;
    }
    case 'M': {
      // 出版地: 出版者, 出版年: 引文页码
      const pub = joined(p.colon, place, publisher);
      const pages = clean(s?.pageRange);
      elements.push(joined(p.comma, pub, yearOf(date)) + (pages ? `${p.colon}${pages}` : '') + citedMark);
      break;
    }
    case 'EB': {
      // 出版者, 出版年(更新或修改日期)[引用日期]
      const pub = joined(p.comma, joined(p.colon, place, clean(s?.site) || publisher), clean(s?.site) || publisher ? yearOf(date) : '');
      elements.push(pub + (isPrecise(date) || !pub ? parens(p, date) : '') + citedMark);
      break;
    }
    case 'Z': {
      const number = clean(s?.docNumber);
      if (DOC_NUMBER.test(number)) elements.push(number);
      const pub = joined(p.colon, place, publisher);
      elements.push(joined(p.comma, pub, isPrecise(date) ? date : yearOf(date)));
      break;
    }
  }
  if (url) elements.push(url);
  // An author list ending in "et al." takes no second period.
  const head = `${names ? `${names.endsWith('.') ? `${names} ` : `${names}${p.period}`}` : ''}${title}[${type}${online ? '/OL' : ''}]`;
  return `${[head, ...elements.filter(Boolean)].join(p.period)}.`;
}

/** A newspaper's 出版日期: the full date. */
function serialDate(date: string, edition: CitationEdition): string {
  return isPrecise(date) ? date : serialYears(date, edition);
}
