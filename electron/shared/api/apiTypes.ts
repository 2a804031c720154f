import type { z } from 'zod';
import type { CitationKind } from '../doc/docTypes';
import type { documentOptionsSchema, documentRecordSchema, documentSummarySchema, revisionRecordSchema, revisionSummarySchema, saveResultSchema } from './documentSchemas';
import type { importJobSchema, importPreviewSchema, importStatsSchema, importSummarySchema, stagedImportSchema } from './importSchemas';
import type {
  deleteSourceResultSchema,
  libraryFacetsSchema,
  localSuggestionSchema,
  passageContextSchema,
  passageFlagSchema,
  passageHitSchema,
  passageInfoSchema,
  passageNoteSchema,
  passageQuoteSchema,
  relatedPassageSchema,
  searchResultSchema,
  sourceDetailSchema,
  sourceInfoSchema,
  sourcePassageSchema,
  sourceSummarySchema,
  standardPhraseListsSchema,
} from './librarySchemas';
import type { appInfoSchema, preferencesSchema, profileSchema } from './settingsSchemas';

// The types of what the contract returns, each derived from its schema (documentSchemas, librarySchemas,
// importSchemas, settingsSchemas). The schemas are imported as types only: the renderer's bundle
// carries none of them.

export type DocumentSummary = z.infer<typeof documentSummarySchema>;
export type DocumentOptions = z.infer<typeof documentOptionsSchema>;
export type DocumentRecord = z.infer<typeof documentRecordSchema>;
export type SaveResult = z.infer<typeof saveResultSchema>;
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;
export type RevisionRecord = z.infer<typeof revisionRecordSchema>;

export type SourceInfo = z.infer<typeof sourceInfoSchema>;
export type PassageQuote = z.infer<typeof passageQuoteSchema>;
export type PassageFlag = z.infer<typeof passageFlagSchema>;
export type PassageInfo = z.infer<typeof passageInfoSchema>;
export type PassageHit = z.infer<typeof passageHitSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type SourceSummary = z.infer<typeof sourceSummarySchema>;
export type SourcePassage = z.infer<typeof sourcePassageSchema>;
export type SourceDetail = z.infer<typeof sourceDetailSchema>;
export type PassageContext = z.infer<typeof passageContextSchema>;
export type DeleteSourceResult = z.infer<typeof deleteSourceResultSchema>;
export type LibraryFacets = z.infer<typeof libraryFacetsSchema>;
export type PassageNote = z.infer<typeof passageNoteSchema>;
export type RelatedPassage = z.infer<typeof relatedPassageSchema>;
export type LocalSuggestion = z.infer<typeof localSuggestionSchema>;
export type StandardPhraseLists = z.infer<typeof standardPhraseListsSchema>;

export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type StagedImport = z.infer<typeof stagedImportSchema>;
export type ImportStats = z.infer<typeof importStatsSchema>;
export type ImportJob = z.infer<typeof importJobSchema>;
export type ImportSummary = z.infer<typeof importSummarySchema>;

export type AppInfo = z.infer<typeof appInfoSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type Preferences = z.infer<typeof preferencesSchema>;

export type { CitationKind };

export const DEFAULT_DOCUMENT_OPTIONS: DocumentOptions = { notes: 'circled', edition: '2025', format: 'material', references: false, wordGoal: null, templateId: null };

export const EMPTY_PROFILE: Profile = { name: '', unit: '', position: '', region: '', replacements: {} };

export const DEFAULT_PREFERENCES: Preferences = { locale: 'zh-CN' };
