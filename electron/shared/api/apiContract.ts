import { z } from 'zod';
import { API_ERROR_PARAM } from './ApiError';
import { CHECK_TEXT_MAX, MIN_RUN_MAX, MIN_RUN_MIN } from '../check/checkParams';
import { checkProgressSchema, checkResultSchema } from '../check/checkSchemas';
import { CITATION_EDITIONS, NOTE_STYLES } from '../citations/citationStyles';
import { docSchema } from '../doc/docSchema';
import { EXPORT_FORMATS } from '../export/exportFormats';
import { exportResultSchema, fontSubstitutionSchema } from '../export/exportResultSchema';
import { formatProfileSchema, LAYOUTS } from '../export/formatProfile';
import { LOCALE_TAGS } from '../i18n/locales';
import { SOURCE_KINDS } from '../library/sourceKinds';
import { templateSchema } from '../templates/templateSchema';
import { DOC_JSON_MAX, IMPORT_BASE64_MAX, IMPORT_BATCH_FILES_MAX, IMPORT_FILES_MAX, PACK_FILE_MAX, PACK_SOURCES_MAX, PASSAGE_TEXT_MAX, QUERY_MAX, TITLE_MAX } from './apiLimits';
import { backupInfoSchema, exportBundleSchema, restoreResultSchema } from './backupSchemas';
import { BACKUP_NAME_PATTERN } from './backupTypes';
import { documentOptionsSchema, documentRecordSchema, documentSummarySchema, revisionRecordSchema, revisionSummarySchema, saveResultSchema } from './documentSchemas';
import { importJobSchema, importSummarySchema, stagedImportSchema } from './importSchemas';
import {
  deleteSourceResultSchema,
  libraryFacetsSchema,
  localSuggestionSchema,
  passageContextSchema,
  passageInfoSchema,
  passageNoteSchema,
  relatedPassageSchema,
  searchResultSchema,
  sourceDetailSchema,
  sourceSummarySchema,
  standardPhraseListsSchema,
} from './librarySchemas';
import { packExportResultSchema, packImportSummarySchema } from './packResultSchemas';
import { appInfoSchema, preferencesSchema, profileSchema } from './settingsSchemas';

// The contract between the UI and the services, as one table: each method's input and output schema.
// Everything else is derived from it: the QianwanApi type (QianwanApi.ts), the plain method list the
// preload and the renderer use (apiMethods.ts, generated and checked by a test), the IPC and HTTP
// bindings and the CLI's calls (bindApi), and the renderer's client (createApiClient).
//
// Inputs are checked at each boundary (IPC, HTTP, CLI) before a service sees them; limits keep a
// hostile or buggy caller from storing unbounded data. Outputs are checked in development and tests
// (bindApi): a service that returns what the contract does not say fails there, not in the renderer.

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const title = z.string().max(TITLE_MAX);

/** A document (createDocument, saveDocument, runCheck): typed, depth- and size-bounded (docSchema). */
export const docJson = docSchema;

const empty = z.object({}).strict();
/** A method that answers nothing but success. */
const nothing = z.void();
const profileId = z.string().max(40).regex(/^(material|official|plain|u-[a-z0-9]{1,36})$/);
// A file name as the user's system gave it: shown and stored literally, never used as a path.
const fileName = z.string().min(1).max(255);
const meta = z.string().max(500).nullable();
const importFiles = z
  .array(z.object({ name: fileName, dataBase64: z.string().max(IMPORT_BASE64_MAX) }).strict())
  .min(1)
  .max(IMPORT_FILES_MAX);

export const apiContract = {
  getAppInfo: {
    input: empty,
    output: appInfoSchema,
  },
  listDocuments: {
    input: empty,
    output: z.array(documentSummarySchema),
  },
  listTrash: {
    input: empty,
    output: z.array(documentSummarySchema),
  },
  createDocument: {
    input: z.object({ title: title.optional(), content: docJson.optional() }).strict(),
    output: documentRecordSchema,
  },
  getDocument: {
    input: z.object({ id }).strict(),
    output: documentRecordSchema,
  },
  // The editor sends `contentJson`, the document already serialised (incrementally, so an autosave of
  // a long draft costs the renderer little); other callers may send `content`. Exactly one of them.
  saveDocument: {
    input: z
      .object({ id, content: docJson.optional(), contentJson: z.string().max(DOC_JSON_MAX).optional(), baseVersion: z.number().int().nonnegative().optional() })
      .strict()
      .refine((v) => (v.content === undefined) !== (v.contentJson === undefined), { message: 'content or contentJson, not both' }),
    output: saveResultSchema,
  },
  closeDocument: {
    input: z.object({ id }).strict(),
    output: nothing,
  },
  renameDocument: {
    input: z.object({ id, title }).strict(),
    output: documentSummarySchema,
  },
  setDocumentOptions: {
    input: z
      .object({
        id,
        notes: z.enum(NOTE_STYLES).optional(),
        edition: z.enum(CITATION_EDITIONS).optional(),
        references: z.boolean().optional(),
        wordGoal: z.number().int().min(1).max(1_000_000).nullable().optional(),
        templateId: z.string().max(40).regex(/^[a-z0-9-]+$/).nullable().optional(),
        format: profileId.optional(),
      })
      .strict(),
    output: documentOptionsSchema,
  },
  trashDocument: {
    input: z.object({ id }).strict(),
    output: nothing,
  },
  restoreDocument: {
    input: z.object({ id }).strict(),
    output: nothing,
  },
  deleteDocumentForever: {
    input: z.object({ id }).strict(),
    output: nothing,
  },
  listRevisions: {
    input: z.object({ id }).strict(),
    output: z.array(revisionSummarySchema),
  },
  getRevision: {
    input: z.object({ id, revisionId: z.number().int().positive() }).strict(),
    output: revisionRecordSchema,
  },
  restoreRevision: {
    input: z.object({ id, revisionId: z.number().int().positive(), baseVersion: z.number().int().nonnegative().optional() }).strict(),
    output: documentRecordSchema,
  },
  searchLibrary: {
    input: z
      .object({
        query: z.string().max(QUERY_MAX),
        limit: z.number().int().min(1).max(200).optional(),
        offset: z.number().int().min(0).max(100000).optional(),
        themes: z.array(z.string().max(20)).max(30).optional(),
        kinds: z.array(z.string().max(10)).max(10).optional(),
        sourceIds: z.array(id).max(1000).optional(),
        sourceKinds: z.array(z.enum(SOURCE_KINDS)).max(3).optional(),
        own: z.boolean().optional(),
        favourites: z.boolean().optional(),
      })
      .strict(),
    output: searchResultSchema,
  },
  getPassages: {
    input: z.object({ ids: z.array(id).max(1000) }).strict(),
    output: z.array(passageInfoSchema),
  },
  // A batch (a folder, many files) is staged a request at a time, then read as one import.
  stageImportFiles: {
    input: z.object({ jobId: id.optional(), files: importFiles }).strict(),
    output: stagedImportSchema,
  },
  previewImport: {
    input: z
      .object({
        files: importFiles.optional(),
        jobId: id.optional(),
        // Files (by index) of traditional pages to keep in traditional characters (they are offered simplified).
        keepTraditional: z.array(z.number().int().min(0).max(IMPORT_BATCH_FILES_MAX)).max(IMPORT_BATCH_FILES_MAX).optional(),
      })
      .strict()
      .refine((v) => (v.files === undefined) !== (v.jobId === undefined), { message: 'files or jobId, not both' }),
    output: importJobSchema,
  },
  getImportJob: {
    input: z.object({ jobId: id }).strict(),
    output: importJobSchema,
  },
  commitImport: {
    input: z
      .object({
        jobId: id,
        sources: z
          .array(
            z
              .object({ index: z.number().int().min(0).max(IMPORT_BATCH_FILES_MAX), title: title.min(1), site: meta, date: meta, url: meta, author: meta.optional(), kind: z.enum(SOURCE_KINDS).nullable().optional() })
              .strict(),
          )
          .max(IMPORT_BATCH_FILES_MAX),
      })
      .strict(),
    output: importSummarySchema,
  },
  cancelImport: {
    input: z.object({ jobId: id }).strict(),
    output: nothing,
  },
  listSources: {
    input: empty,
    output: z.array(sourceSummarySchema),
  },
  getSource: {
    input: z.object({ id }).strict(),
    output: sourceDetailSchema,
  },
  getPassageContext: {
    input: z.object({ id }).strict(),
    output: passageContextSchema,
  },
  updatePassage: {
    input: z.object({ id, text: z.string().trim().min(1).max(PASSAGE_TEXT_MAX) }).strict(),
    output: nothing,
  },
  deleteSource: {
    input: z.object({ id, confirmed: z.boolean().optional() }).strict(),
    output: deleteSourceResultSchema,
  },
  // Without sourceIds: every own source.
  exportLibraryPack: {
    input: z.object({ sourceIds: z.array(id).min(1).max(PACK_SOURCES_MAX).optional() }).strict(),
    output: packExportResultSchema,
  },
  importLibraryPack: {
    input: z.object({ name: fileName, dataBase64: z.string().max(Math.ceil(PACK_FILE_MAX / 3) * 4) }).strict(),
    output: packImportSummarySchema,
  },
  setSourceKind: {
    input: z.object({ id, kind: z.enum(SOURCE_KINDS) }).strict(),
    output: nothing,
  },
  getLibraryFacets: {
    input: empty,
    output: libraryFacetsSchema,
  },
  listPassageNotes: {
    input: empty,
    output: z.array(passageNoteSchema),
  },
  getProfile: {
    input: empty,
    output: profileSchema,
  },
  saveProfile: {
    input: z
      .object({
        name: z.string().max(50).optional(),
        unit: z.string().max(100).optional(),
        position: z.string().max(50).optional(),
        region: z.string().max(50).optional(),
        replacements: z.record(z.string().max(50), z.string().max(100)).refine((r) => Object.keys(r).length <= 500).optional(),
      })
      .strict(),
    output: profileSchema,
  },
  relatedPassages: {
    input: z.object({ text: z.string().max(20_000), excludeIds: z.array(id).max(500).optional(), limit: z.number().int().min(1).max(20).optional() }).strict(),
    output: z.array(relatedPassageSchema),
  },
  detectLocalNames: {
    input: z.object({ text: z.string().max(20_000) }).strict(),
    output: z.array(localSuggestionSchema),
  },
  getStandardPhrases: {
    input: empty,
    output: standardPhraseListsSchema,
  },
  saveStandardPhrases: {
    input: z.object({ own: z.array(z.string().trim().min(2).max(200)).max(2000) }).strict(),
    output: standardPhraseListsSchema,
  },
  setPassageNote: {
    input: z.object({ id, favourite: z.boolean().optional(), note: z.string().max(2000).optional() }).strict(),
    output: passageNoteSchema,
  },
  getPreferences: {
    input: empty,
    output: preferencesSchema,
  },
  savePreferences: {
    input: z.object({ locale: z.enum(LOCALE_TAGS).optional() }).strict(),
    output: preferencesSchema,
  },
  listBackups: {
    input: empty,
    output: z.array(backupInfoSchema),
  },
  createBackup: {
    input: empty,
    output: backupInfoSchema,
  },
  // Only a name from listBackups: never a path, so the page cannot point the restore at any file.
  restoreBackup: {
    input: z.object({ name: z.string().max(80).regex(BACKUP_NAME_PATTERN) }).strict(),
    output: restoreResultSchema,
  },
  exportEverything: {
    input: empty,
    output: exportBundleSchema,
  },
  listTemplates: {
    input: empty,
    output: z.array(templateSchema),
  },
  createFromTemplate: {
    input: z.object({ templateId: z.string().min(1).max(40).regex(/^[a-z0-9-]+$/) }).strict(),
    output: documentRecordSchema,
  },
  // One of: a saved document, the editor's current (maybe unsaved) doc, or a plain text.
  runCheck: {
    input: z
      .object({
        id: id.optional(),
        doc: docJson.optional(),
        text: z.string().max(CHECK_TEXT_MAX).optional(),
        minRun: z.number().int().min(MIN_RUN_MIN).max(MIN_RUN_MAX).optional(),
        // Compare with the user's other documents too, leaving out the one being checked.
        includeDocuments: z.boolean().optional(),
        documentId: id.optional(),
      })
      .strict()
      .refine((v) => [v.id, v.doc, v.text].filter((x) => x !== undefined).length === 1, { message: 'one of id, doc, text' }),
    output: checkResultSchema,
  },
  getCheckProgress: {
    input: empty,
    output: checkProgressSchema,
  },
  // notes and edition: this export only (the CLI's --notes and --edition); the document's own otherwise.
  // The format: a layout, a saved profile, a profile read from a file (the CLI's --profile), at most one.
  exportDocument: {
    input: z
      .object({
        id,
        format: z.enum(EXPORT_FORMATS),
        layout: z.enum(LAYOUTS).optional(),
        profileId: profileId.optional(),
        profile: formatProfileSchema.optional(),
        checkAppendix: z.boolean().optional(),
        notes: z.enum(NOTE_STYLES).optional(),
        edition: z.enum(CITATION_EDITIONS).optional(),
        // The UI asks before an empty document is exported; the answer comes back as this.
        allowEmpty: z.boolean().optional(),
      })
      .strict()
      .superRefine((v, ctx) => {
        const chosen = (['layout', 'profileId', 'profile'] as const).filter((k) => v[k] !== undefined);
        if (chosen.length > 1) ctx.addIssue({ code: 'custom', message: 'options_conflict', params: { [API_ERROR_PARAM]: 'options_conflict', detail: { first: chosen[0], second: chosen[1] } } });
      }),
    output: exportResultSchema,
  },
  listFormatProfiles: {
    input: empty,
    output: z.object({ profiles: z.array(formatProfileSchema), defaultId: z.string() }).strict(),
  },
  createFormatProfile: {
    input: z.object({ from: profileId, name: z.string().trim().min(1).max(60) }).strict(),
    output: formatProfileSchema,
  },
  saveFormatProfile: {
    input: z.object({ profile: formatProfileSchema }).strict(),
    output: formatProfileSchema,
  },
  deleteFormatProfile: {
    input: z.object({ id: profileId }).strict(),
    output: nothing,
  },
  setDefaultFormat: {
    input: z.object({ id: profileId }).strict(),
    output: formatProfileSchema,
  },
  exportFormatProfile: {
    input: z.object({ id: profileId }).strict(),
    output: z.object({ fileName: z.string(), text: z.string() }).strict(),
  },
  importFormatProfile: {
    input: z.object({ text: z.string().max(64 * 1024) }).strict(),
    output: formatProfileSchema,
  },
  // Which of a format's faces this machine lacks (asked before a PDF is made here).
  checkFonts: {
    input: z.object({ id: profileId }).strict(),
    output: z.object({ checked: z.boolean(), missing: z.array(fontSubstitutionSchema) }).strict(),
  },
  importDocument: {
    input: z.object({ name: fileName, dataBase64: z.string().max(IMPORT_BASE64_MAX) }).strict(),
    output: documentRecordSchema,
  },
} as const;

export type ApiMethod = keyof typeof apiContract;
type Contract = typeof apiContract;
/**
 * What a method takes: a value its schema accepts as it is (the schemas transform nothing, so the
 * caller's type and the service's are one). A caller's value is still checked at the boundary.
 */
export type ApiInput<M extends ApiMethod> = z.output<Contract[M]['input']>;
/** What a method answers. */
export type ApiOutput<M extends ApiMethod> = z.output<Contract[M]['output']>;

/**
 * The table as the bindings read it: by a method whose name is a type parameter, each schema keeps its
 * method's types (indexing `apiContract` itself by a generic name would give the union of all of them).
 * The assignment checks that the table fits this view; nothing is cast.
 */
export type ContractSchemas = {
  [M in ApiMethod]: {
    input: z.ZodType<ApiInput<M>, z.ZodTypeDef, unknown>;
    output: z.ZodType<ApiOutput<M>, z.ZodTypeDef, unknown>;
  };
};
export const contractSchemas: ContractSchemas = apiContract;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}
