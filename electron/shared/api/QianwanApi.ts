import type { ExportResult } from '../export/exportFormats';
import type { FormatProfile } from '../export/formatProfile';
import type { ApiInput } from './apiSchemas';
import type { CheckProgress, CheckResult } from '../check/checkTypes';
import type { Template } from '../templates/templateSchema';
import type {
  AppInfo,
  DeleteSourceResult,
  ImportJob,
  StagedImport,
  ImportSummary,
  LibraryFacets,
  LocalSuggestion,
  PassageNote,
  Preferences,
  Profile,
  RelatedPassage,
  PassageContext,
  SourceDetail,
  SourceSummary,
  DocumentOptions,
  DocumentRecord,
  DocumentSummary,
  PassageInfo,
  RevisionRecord,
  RevisionSummary,
  SaveResult,
  SearchResult,
  StandardPhraseLists,
} from './apiTypes';
import type { BackupInfo, ExportBundle, RestoreResult } from './backupTypes';
import type { PackExportResult, PackImportSummary } from './packTypes';

/**
 * The one contract between the UI and the services. Electron binds it to ipcMain, the browser host
 * to HTTP, the CLI calls it directly; the renderer's client implements it over either transport.
 */
export interface QianwanApi {
  getAppInfo(input: ApiInput<'getAppInfo'>): Promise<AppInfo>;
  listDocuments(input: ApiInput<'listDocuments'>): Promise<DocumentSummary[]>;
  listTrash(input: ApiInput<'listTrash'>): Promise<DocumentSummary[]>;
  createDocument(input: ApiInput<'createDocument'>): Promise<DocumentRecord>;
  getDocument(input: ApiInput<'getDocument'>): Promise<DocumentRecord>;
  saveDocument(input: ApiInput<'saveDocument'>): Promise<SaveResult>;
  closeDocument(input: ApiInput<'closeDocument'>): Promise<void>;
  renameDocument(input: ApiInput<'renameDocument'>): Promise<DocumentSummary>;
  setDocumentOptions(input: ApiInput<'setDocumentOptions'>): Promise<DocumentOptions>;
  trashDocument(input: ApiInput<'trashDocument'>): Promise<void>;
  restoreDocument(input: ApiInput<'restoreDocument'>): Promise<void>;
  deleteDocumentForever(input: ApiInput<'deleteDocumentForever'>): Promise<void>;
  listRevisions(input: ApiInput<'listRevisions'>): Promise<RevisionSummary[]>;
  getRevision(input: ApiInput<'getRevision'>): Promise<RevisionRecord>;
  restoreRevision(input: ApiInput<'restoreRevision'>): Promise<DocumentRecord>;
  searchLibrary(input: ApiInput<'searchLibrary'>): Promise<SearchResult>;
  getPassages(input: ApiInput<'getPassages'>): Promise<PassageInfo[]>;
  /** Adds files to a batch that is read when previewImport is called with its jobId. */
  stageImportFiles(input: ApiInput<'stageImportFiles'>): Promise<StagedImport>;
  previewImport(input: ApiInput<'previewImport'>): Promise<ImportJob>;
  getImportJob(input: ApiInput<'getImportJob'>): Promise<ImportJob>;
  commitImport(input: ApiInput<'commitImport'>): Promise<ImportSummary>;
  cancelImport(input: ApiInput<'cancelImport'>): Promise<void>;
  listSources(input: ApiInput<'listSources'>): Promise<SourceSummary[]>;
  getSource(input: ApiInput<'getSource'>): Promise<SourceDetail>;
  getPassageContext(input: ApiInput<'getPassageContext'>): Promise<PassageContext>;
  updatePassage(input: ApiInput<'updatePassage'>): Promise<void>;
  deleteSource(input: ApiInput<'deleteSource'>): Promise<DeleteSourceResult>;
  /** A library pack (.qwpack) of own sources: original files, their rows and the corrections made to passages. */
  exportLibraryPack(input: ApiInput<'exportLibraryPack'>): Promise<PackExportResult>;
  /** Merges a pack into the own library in one transaction; a damaged, newer or invalid pack changes nothing. */
  importLibraryPack(input: ApiInput<'importLibraryPack'>): Promise<PackImportSummary>;
  /** Sets the kind (权威文献 | 新闻报道 | 参考范文) of one of the user's own sources. */
  setSourceKind(input: ApiInput<'setSourceKind'>): Promise<void>;
  getLibraryFacets(input: ApiInput<'getLibraryFacets'>): Promise<LibraryFacets>;
  listPassageNotes(input: ApiInput<'listPassageNotes'>): Promise<PassageNote[]>;
  setPassageNote(input: ApiInput<'setPassageNote'>): Promise<PassageNote>;
  relatedPassages(input: ApiInput<'relatedPassages'>): Promise<RelatedPassage[]>;
  /** 本地化: the place names and masks of a passage, each with a replacement of its level from the profile. */
  detectLocalNames(input: ApiInput<'detectLocalNames'>): Promise<LocalSuggestion[]>;
  /** 规范表述: the shipped 提法 list and the writer's own additions. */
  getStandardPhrases(input: ApiInput<'getStandardPhrases'>): Promise<StandardPhraseLists>;
  saveStandardPhrases(input: ApiInput<'saveStandardPhrases'>): Promise<StandardPhraseLists>;
  getProfile(input: ApiInput<'getProfile'>): Promise<Profile>;
  saveProfile(input: ApiInput<'saveProfile'>): Promise<Profile>;
  getPreferences(input: ApiInput<'getPreferences'>): Promise<Preferences>;
  savePreferences(input: ApiInput<'savePreferences'>): Promise<Preferences>;
  listBackups(input: ApiInput<'listBackups'>): Promise<BackupInfo[]>;
  createBackup(input: ApiInput<'createBackup'>): Promise<BackupInfo>;
  /** Replaces user.db with a backup; what was in use is kept as a backup first. */
  restoreBackup(input: ApiInput<'restoreBackup'>): Promise<RestoreResult>;
  exportEverything(input: ApiInput<'exportEverything'>): Promise<ExportBundle>;
  listTemplates(input: ApiInput<'listTemplates'>): Promise<Template[]>;
  createFromTemplate(input: ApiInput<'createFromTemplate'>): Promise<DocumentRecord>;
  /** 查重/引用核查 against the whole library; offsets are into the document's plain text. */
  runCheck(input: ApiInput<'runCheck'>): Promise<CheckResult>;
  getCheckProgress(input: ApiInput<'getCheckProgress'>): Promise<CheckProgress>;
  /** The document as a file (bytes in base64): the renderer offers it as a download, the CLI writes it. */
  exportDocument(input: ApiInput<'exportDocument'>): Promise<ExportResult>;
  /** The unit formats: the three built-in layouts, then the user's own by name; which one new documents take. */
  listFormatProfiles(input: ApiInput<'listFormatProfiles'>): Promise<{ profiles: FormatProfile[]; defaultId: string }>;
  /** A copy of a format under a new name (the built-in layouts are edited this way). */
  createFormatProfile(input: ApiInput<'createFormatProfile'>): Promise<FormatProfile>;
  saveFormatProfile(input: ApiInput<'saveFormatProfile'>): Promise<FormatProfile>;
  deleteFormatProfile(input: ApiInput<'deleteFormatProfile'>): Promise<void>;
  setDefaultFormat(input: ApiInput<'setDefaultFormat'>): Promise<FormatProfile>;
  /** A format as the small file an office hands to everyone. */
  exportFormatProfile(input: ApiInput<'exportFormatProfile'>): Promise<{ fileName: string; text: string }>;
  /** A format file from another machine; a bad or newer file is refused (profile_invalid, profile_newer). */
  importFormatProfile(input: ApiInput<'importFormatProfile'>): Promise<FormatProfile>;
  /** The format's faces this machine lacks, each with the installed face the app's PDF uses instead; checked is false when fonts cannot be listed. */
  checkFonts(input: ApiInput<'checkFonts'>): Promise<{ checked: boolean; missing: Array<{ font: string; replacement: string | null }> }>;
  /** Opens a .docx, .md or .txt draft as a new document; a refused file changes nothing. */
  importDocument(input: ApiInput<'importDocument'>): Promise<DocumentRecord>;
}
