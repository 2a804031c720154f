import type { LineKind } from '../doc/docText';
/**
 * standard formulation (规范表述: a 提法 of the list, or a run many independent works share; never
 * counted as borrowed), cited quotation (inside a quoted mark whose passage is cited), cited adaptation (adapted mark,
 * cited), or uncited.
 */
export type CheckStatus = 'quoted' | 'adapted' | 'uncited' | 'standard';

export interface CheckSpan {
  /** Offsets into the document's plain text (docPlainText), [start, end). */
  start: number;
  end: number;
  text: string;
  passageId: string;
  sourceId: string | null;
  sourceTitle: string;
  /** The words are in another of the user's documents (passageId is then that document's id). */
  fromDocument: boolean;
  cited: boolean;
  /** A standard formulation (status 'standard'): shown grey, in neither ratio's borrowed part. */
  standard: boolean;
  status: CheckStatus;
  /** Where the span's words are in the passage's text, [passageFrom, passageTo). */
  passageFrom: number;
  passageTo: number;
  /** Normalised characters (Chinese characters, letters, digits) in the span. */
  chars: number;
}

export interface CheckSourceShare {
  id: string;
  title: string;
  /** Share of the document's normalised characters borrowed from this source. */
  ratio: number;
  chars: number;
  /** chars = citedChars + uncitedChars. */
  citedChars: number;
  uncitedChars: number;
  passages: number;
}

export interface CheckParagraph {
  /** 0-based line of the plain text. */
  index: number;
  start: number;
  end: number;
  kind: CheckBlockKind;
  /** The line's first characters, to name it in the report. */
  excerpt: string;
  chars: number;
  /** borrowed = cited + uncited; standard formulations are apart. */
  borrowed: number;
  cited: number;
  uncited: number;
  standard: number;
  ratio: number;
}

export type CheckBlockKind = LineKind;

export interface CheckPassage {
  id: string;
  /** For another of the user's documents: its plain text. */
  text: string;
  fromDocument?: boolean;
  sourceId: string | null;
  sourceTitle: string;
  workTitle: string;
}

export interface CheckResult {
  minRun: number;
  /** Normalised characters in the document. */
  chars: number;
  /** Borrowed characters: cited (quotations and adaptations) plus uncited; never standard formulations. */
  borrowedChars: number;
  citedChars: number;
  uncitedChars: number;
  /** Characters of standard formulations (规范表述). */
  standardChars: number;
  /** 总文字复制比: borrowed share of the whole text. */
  totalRatio: number;
  /** 去除引用复制比: uncitedChars / chars — without what is cited (quotations and adaptations) and without standard formulations. */
  uncitedRatio: number;
  /** The writer's own words: 1 − totalRatio. */
  ownRatio: number;
  /** The longest borrowed run, in normalised characters, and where it is. */
  longestRun: { chars: number; start: number; end: number; passageId: string } | null;
  spans: CheckSpan[];
  sources: CheckSourceShare[];
  paragraphs: CheckParagraph[];
  /** The passages the spans name. */
  passages: CheckPassage[];
  /** Passages compared against. */
  libraryPassages: number;
  ms: number;
}

export interface CheckProgress {
  state: 'idle' | 'indexing' | 'checking';
  /** 0..1 */
  progress: number;
}
