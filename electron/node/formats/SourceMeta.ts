/**
 * What a file says about itself, for an honest citation: every field is what the source states
 * (meta tags, a WeChat article's fields, a PDF's document info, lines such as 来源：… 发布时间：…),
 * null when it does not say. Nothing here is guessed.
 */
export interface SourceMeta {
  title: string | null;
  /** The person or body responsible: an author, 记者, or the issuing body (发文机关) of a document. */
  author: string | null;
  /** The website, 公众号 or platform the text was published on. */
  site: string | null;
  /** A newspaper's name (人民日报) when the text is a newspaper article, and its page (版次). */
  newspaper: string | null;
  edition: string | null;
  /** A journal's name (求是) and issue (2023年第12期). */
  journal: string | null;
  issue: string | null;
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
  site: null,
  newspaper: null,
  edition: null,
  journal: null,
  issue: null,
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
