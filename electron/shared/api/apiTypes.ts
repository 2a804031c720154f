import type { ApiErrorPayload } from './ApiError';
import type { LocalName } from '../text/detectLocalNames';
import type { CitationEdition, NoteStyle } from '../citations/citationStyles';
import type { CitationKind, DocNode } from '../doc/docTypes';
import type { Locale } from '../i18n/locales';
import type { QuotedStatement } from '../library/findQuotedStatements';
import type { SourceBibliography } from '../library/sourceBibliography';
import type { SourceKind } from '../library/sourceKinds';

export interface DocumentSummary {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** ISO time it was moved to the trash, or null when it is live. */
  deletedAt: string | null;
  wordCount: number;
}

export interface DocumentOptions {
  /** ①② restarting each page, [1] footnotes, [1] endnotes, or 文中注 (see citationStyles). */
  notes: NoteStyle;
  /** The GB/T 7714 edition the references follow. */
  edition: CitationEdition;
  /** The layout (format profile id: material | official | plain | a unit's own) the document exports in. */
  format: string;
  /** A 参考文献 list after the body. */
  references: boolean;
  /** The 字数 the writer aims at (e.g. 1500, 3000); null when none is set. */
  wordGoal?: number | null;
  /** The template the document was started from: its section guide stays available beside the text. */
  templateId?: string | null;
}

export const DEFAULT_DOCUMENT_OPTIONS: DocumentOptions = { notes: 'circled', edition: '2025', format: 'material', references: false, wordGoal: null, templateId: null };

export interface DocumentRecord extends DocumentSummary {
  content: DocNode;
  options: DocumentOptions;
  /** Increases by one on every save; lets a stale writer be detected. */
  version: number;
}

export interface SaveResult {
  id: string;
  version: number;
  updatedAt: string;
}

export interface RevisionSummary {
  id: number;
  documentId: string;
  /** before_restore: the text as it was when another revision was restored; restore: the restored text. */
  reason: 'create' | 'open' | 'close' | 'interval' | 'import' | 'restore' | 'before_restore';
  createdAt: string;
  wordCount: number;
}

export interface RevisionRecord extends RevisionSummary {
  title: string;
  content: DocNode;
}

export interface SourceInfo extends SourceBibliography {
  id: string;
  title: string;
  site: string | null;
  date: string | null;
  url: string | null;
  /** 权威文献 | 新闻报道 | 参考范文: decides whether a note is appropriate. */
  kind?: SourceKind;
}

/** A statement or title quoted inside a passage, with the original when the library holds it. */
export interface PassageQuote extends QuotedStatement {
  /**
   * A passage of a 权威文献 or 新闻报道 source that contains the statement (or the work the title
   * names): cite that instead of a 转引. Undefined when not looked up, null when not in the library.
   */
  original?: { passageId: string; workTitle: string; source: SourceInfo } | null;
}

/**
 * What the library build could not put right in a passage and the writer should check before quoting it:
 * a name masked or cut out that no other copy restored ('masked-name'), garbled text left out of it
 * ('mojibake-removed').
 */
export type PassageFlag = 'masked-name' | 'mojibake-removed';

export interface PassageInfo {
  id: string;
  text: string;
  workTitle: string;
  heading: string | null;
  sources: SourceInfo[];
  /** Statements quoted in the text (总书记指出“……”) and titles in 《》. */
  quotes?: PassageQuote[];
}

export interface PassageHit extends PassageInfo {
  /** Character ranges in `text` that match the query, for highlighting. */
  highlights: Array<[number, number]>;
  kind: string;
  themes: string[];
  /** From the user's own imported sources. */
  own: boolean;
  flags: PassageFlag[];
}

export interface SearchResult {
  /** Every matching passage, counted exactly. */
  total: number;
  results: PassageHit[];
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'browser';
  libraryPassages: number;
  /** user.db cannot be written (its folder or file is read-only): documents open and export, nothing saves. */
  dataReadOnly: boolean;
}

export type { CitationKind };

export interface ImportPreview {
  index: number;
  /** The file's place in the import (for keepTraditional), which a build's order of sources is not. */
  fileIndex: number;
  fileName: string;
  title: string;
  site: string | null;
  date: string | null;
  url: string | null;
  works: Array<{ title: string; passages: number }>;
  /** The first passages as they would be stored, for the writer to check. */
  samplePassages: Array<{ text: string; kind: string; themes: string[]; incomplete: boolean; flags: PassageFlag[] }>;
  /** Passages already present in the library (they are linked, not stored twice). */
  alreadyInLibrary: number;
  /** Facts the file states beyond the editable ones (an author, a newspaper's page …). */
  author: string | null;
  /** When every passage of the file is already in the library or in an earlier file of the batch: where. */
  duplicateOf: string | null;
  /** The very same file was imported before: saving stores nothing of it again. */
  alreadyImported: boolean;
  /** The kind its facts and text suggest (guessSourceKind); the writer may choose another. */
  kind: SourceKind;
  /** The page is written mostly in traditional characters, and whether its passages were converted to simplified ones. */
  traditional: boolean;
  simplified: boolean;
  /** How a web page's text was found: WeChat's body, the article finder, or the whole page. */
  extraction: 'wechat' | 'article' | 'page' | null;
}

/** A batch being staged: its id and what it holds so far. */
export interface StagedImport {
  jobId: string;
  files: number;
  bytes: number;
}

export interface ImportStats {
  works: number;
  passages: number;
  linesRemoved: number;
  chunksRejoined: number;
  duplicatesMerged: number;
  incomplete: number;
}

export interface ImportJob {
  id: string;
  state: 'staged' | 'running' | 'ready' | 'failed' | 'committed' | 'cancelled';
  /** 0..1 */
  progress: number;
  step: 'read' | 'clean' | 'done';
  fileIndex: number;
  fileCount: number;
  error: ApiErrorPayload | null;
  previews: ImportPreview[] | null;
  stats: ImportStats | null;
  /** Files that were not imported while the others were, each with why. */
  refused: Array<{ fileName: string; error: ApiErrorPayload }>;
}

export interface ImportSummary extends ImportStats {
  sources: Array<{ id: string; title: string }>;
  /** Files that had been imported before: nothing of them was stored again. */
  alreadyImported: Array<{ id: string; title: string }>;
}

export interface SourceSummary extends SourceInfo {
  own: boolean;
  fileName: string;
  works: number;
  passages: number;
}

export interface SourcePassage {
  id: string;
  text: string;
  kind: string;
  themes: string[];
  incomplete: boolean;
  flags: PassageFlag[];
  start: number;
  end: number;
  heading: string | null;
  edited: boolean;
  /** True when the text is stored among the user's own passages (it can be corrected). */
  editable: boolean;
}

export interface SourceDetail extends SourceSummary {
  rawText: string;
  works: number;
  workList: Array<{ id: string; title: string; passages: SourcePassage[] }>;
}

export interface PassageContext {
  passage: PassageInfo & { kind: string; themes: string[]; incomplete: boolean; own: boolean; flags: PassageFlag[] };
  /** Where it occurs: source, work and the span in the source's raw text. */
  occurrences: Array<{ sourceId: string; sourceTitle: string; workId: string; workTitle: string; start: number; end: number }>;
  /** The passages of the first occurrence's work, in order, for reading it in context. */
  work: { id: string; title: string; passages: Array<{ id: string; text: string }> };
}

export interface DeleteSourceResult {
  deleted: boolean;
  /** Documents that cite passages only this source provides; set when confirmation is needed. */
  citedBy: Array<{ id: string; title: string }>;
}

export interface LibraryFacets {
  themes: Array<{ name: string; count: number }>;
  kinds: Array<{ name: string; count: number }>;
  /** Passages by the kind of source they occur in (权威文献, 新闻报道, 参考范文). */
  sourceKinds: Array<{ name: string; count: number }>;
}

export interface PassageNote {
  passageId: string;
  favourite: boolean;
  note: string;
  updatedAt: string;
}

export interface RelatedPassage extends PassageInfo {
  /** The key terms of the paragraph this passage shares. */
  terms: string[];
  flags: PassageFlag[];
  highlights: Array<[number, number]>;
}

/** A name 本地化 offers to replace, with what the writer's profile suggests for it. */
export interface LocalSuggestion extends LocalName {
  replacement: string;
  /** The writer chose this replacement for this name before. */
  remembered: boolean;
}

/** 规范表述 the check knows: the shipped list (read-only here) and the writer's own. */
export interface StandardPhraseLists {
  shipped: string[];
  own: string[];
}

/** The writer and their unit, used by localisation and (later) templates and the export header. */
export interface Profile {
  name: string;
  unit: string;
  position: string;
  region: string;
  /** Localisation choices remembered: a name in a passage → what this writer puts instead. */
  replacements: Record<string, string>;
}

export const EMPTY_PROFILE: Profile = { name: '', unit: '', position: '', region: '', replacements: {} };

/** How the interface looks for this user (kept in user.db, apart from the profile). */
export interface Preferences {
  locale: Locale;
}

export const DEFAULT_PREFERENCES: Preferences = { locale: 'zh-CN' };
