/**
 * What a file says about itself, for an honest citation: every field is what the source states
 * (meta tags, a WeChat article's fields, a PDF's document info, lines such as 来源：… 发布时间：…),
 * null when it does not say. Nothing here is guessed.
 */
export interface SourceMeta {
  title: string | null;
  /** The person responsible: an author, the 记者 of a news item. */
  author: string | null;
  /** The body that issued a document (发文机关 / 发布机构). */
  issuer: string | null;
  /** The website, 公众号 or platform the text was published on. */
  site: string | null;
  /** A newspaper's name (人民日报) when the text is a newspaper article, and its page (版次, digits). */
  newspaper: string | null;
  newspaperPage: string | null;
  /** A journal's name (求是) and its issue (期, "12"); the year is the date's. */
  journal: string | null;
  journalIssue: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
  url: string | null;
  /** A document number such as 浙委发〔2023〕12号. */
  docNumber: string | null;
  description: string | null;
}

export const EMPTY_META: SourceMeta = {
  title: null,
  author: null,
  issuer: null,
  site: null,
  newspaper: null,
  newspaperPage: null,
  journal: null,
  journalIssue: null,
  date: null,
  url: null,
  docNumber: null,
  description: null,
};

/** Fields of `first` where it has them, else of `second`. */
export function mergeMeta(first: Partial<SourceMeta>, second: Partial<SourceMeta>): SourceMeta {
  const out = { ...EMPTY_META };
  // An empty string states nothing.
  for (const key of Object.keys(EMPTY_META) as (keyof SourceMeta)[]) out[key] = first[key]?.trim() || second[key]?.trim() || null;
  return out;
}
