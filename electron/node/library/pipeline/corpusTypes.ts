import type { PassageFlag } from '../../../shared/api/apiTypes';
import type { SourceMeta } from '../../formats/SourceMeta';
import type { SourceFormat } from '../../formats/sourceFormat';

// What a library build produces from raw source files, before it is written to library.db.
// Offsets are UTF-16 code-unit offsets into `BuiltSource.rawText` (the decoded, unmodified text).

export interface RawSourceFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface BuiltSource {
  /** Stable id derived from the raw bytes. */
  id: string;
  fileName: string;
  rawText: string;
  title: string;
  site: string | null;
  date: string | null;
  url: string | null;
  docNumber: string | null;
  pages: number | null;
  author: string | null;
  /** Further facts the source states (a newspaper and its page, a journal and its issue …). */
  stated?: Partial<SourceMeta>;
  /** How a web page's text was found (for the import preview). */
  extraction?: 'wechat' | 'article' | 'page';
  /** The file as it was imported, kept with an own source (for library packs and re-reading). */
  original?: { bytes: Uint8Array; format: SourceFormat };
  /** The page is written mostly in traditional characters. */
  traditional?: boolean;
  /** Its passages were converted to simplified characters (the raw text stays as it was). */
  simplified?: boolean;
}

export interface BuiltWork {
  id: string;
  sourceId: string;
  ord: number;
  title: string;
}

export type PassageKind = '标题' | '观点' | '论述' | '做法' | '案例' | '数据' | '开头' | '结尾';

export interface PassageOccurrence {
  sourceId: string;
  workId: string;
  /** Position of the passage within its work. */
  ord: number;
  start: number;
  end: number;
}

export interface BuiltPassage {
  /** Stable id derived from the passage's normalised content. */
  id: string;
  text: string;
  heading: string | null;
  kind: PassageKind;
  themes: string[];
  /** Why each theme and the kind were assigned, for the build report and the UI. */
  rules: string[];
  incomplete: boolean;
  /** What the build could not put right and the writer should check (see PassageFlag). */
  flags: PassageFlag[];
  occurrences: PassageOccurrence[];
}

export interface BuildReportEntry {
  sourceId: string;
  step: string;
  action: string;
  before?: string;
  after?: string;
}

/** What a build did, for the import summary and the build report. */
export interface BuildStats {
  works: number;
  passages: number;
  /** Passages found in more than one place and stored once (work copies and near-duplicates). */
  duplicatesMerged: number;
  restorations: number;
  linesRemoved: number;
  chunksRejoined: number;
  incomplete: number;
  millis: number;
}

export interface CorpusBuild {
  sources: BuiltSource[];
  works: BuiltWork[];
  passages: BuiltPassage[];
  report: BuildReportEntry[];
  stats?: BuildStats;
}
