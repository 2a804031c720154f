import type { PassageFlag } from '../../../shared/api/apiTypes';
import type { SourceFormat } from '../../formats/sourceFormat';

// What a library build produces from raw source files, before it is written to library.db.
// Offsets are UTF-16 code-unit offsets into `BuiltSource.rawText` (the decoded, unmodified text).

import type { SourceBibliography } from '../../../shared/library/sourceBibliography';
import type { SourceKind } from '../../../shared/library/sourceKinds';

export interface RawSourceFile {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The bibliographic fields beyond those below (newspaper, journal, publisher, issuer …) and the kind
 * are optional: a reader fills what the file states. A source written without a kind gets
 * guessSourceKind's guess from its facts and text (writeLibraryDb, OwnSourcesService.commit).
 */
export interface BuiltSource extends Omit<SourceBibliography, 'author' | 'docNumber'> {
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
  /** How a web page's text was found (for the import preview). */
  extraction?: 'wechat' | 'article' | 'page';
  /** The file as it was imported, kept with an own source (for library packs and re-reading). */
  original?: { bytes: Uint8Array; format: SourceFormat };
  /** The page is written mostly in traditional characters. */
  traditional?: boolean;
  /** Its passages were converted to simplified characters (the raw text stays as it was). */
  simplified?: boolean;
  kind?: SourceKind;
}

export interface BuiltWork {
  id: string;
  sourceId: string;
  ord: number;
  title: string;
}

import type { PassageKind } from '../../../shared/library/passageKinds';

export type { PassageKind };

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
