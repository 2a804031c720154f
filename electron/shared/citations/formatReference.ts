import type { SourceInfo } from '../api/apiTypes';
import { t } from '../i18n/translate';

export interface ReferenceInput {
  author?: string | null;
  workTitle: string;
  source?: SourceInfo | null;
  /** Date the writer cited it (YYYY-MM-DD). */
  citedOn?: string | null;
}

/**
 * A reference in GB/T 7714-2015 form for an electronic document:
 * `佚名. 题名[EB/OL]. 网站, (上传日期)[引用日期]. URL.` Unknown fields are left out, never invented.
 */
export function formatReference(input: ReferenceInput): string {
  const author = input.author?.trim() || t('citation.unknownAuthor');
  const title = input.workTitle.trim() || input.source?.title?.trim() || '';
  let out = `${author}. ${title}[EB/OL]`;
  const site = input.source?.site?.trim();
  const date = input.source?.date?.trim();
  const cited = input.citedOn?.trim();
  const publication: string[] = [];
  if (site) publication.push(site);
  let dates = '';
  if (date) dates += `(${date})`;
  if (cited) dates += `[${cited}]`;
  if (publication.length > 0 || dates) {
    out += `. ${publication.join('')}${publication.length > 0 && dates ? ', ' : ''}${dates}`;
  }
  out += '.';
  const url = input.source?.url?.trim();
  if (url) out += ` ${url}.`;
  return out;
}
