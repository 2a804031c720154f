import { z } from 'zod';
import { CHECK_TEXT_MAX, MIN_RUN_MAX, MIN_RUN_MIN } from '../check/checkParams';
import { docSchema } from '../doc/docSchema';
import { DOC_JSON_MAX, IMPORT_BASE64_MAX, IMPORT_BATCH_FILES_MAX, IMPORT_FILES_MAX, PACK_FILE_MAX, PACK_SOURCES_MAX, PASSAGE_TEXT_MAX, QUERY_MAX, TITLE_MAX } from './apiLimits';
import { API_METHOD_NAMES, type ApiMethodName } from './apiMethods';
import { EXPORT_FORMATS } from '../export/exportFormats';
import { formatProfileSchema, LAYOUTS } from '../export/formatProfile';
import { CITATION_EDITIONS, NOTE_STYLES } from '../citations/citationStyles';
import { SOURCE_KINDS } from '../library/sourceKinds';
import { LOCALE_TAGS, type Locale } from '../i18n/locales';
import { BACKUP_NAME_PATTERN } from './backupTypes';

// Every method of the contract takes one object; its schema is checked at each boundary (IPC, HTTP,
// CLI) before a service sees it. Limits keep a hostile or buggy caller from storing unbounded data.


const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const title = z.string().max(TITLE_MAX);

/** A document (createDocument, saveDocument, runCheck): typed, depth- and size-bounded (docSchema). */
export const docJson = docSchema;

const empty = z.object({}).strict();
const profileId = z.string().max(40).regex(/^(material|official|plain|u-[a-z0-9]{1,36})$/);
// A file name as the user's system gave it: shown and stored literally, never used as a path.
const fileName = z.string().min(1).max(255);
const meta = z.string().max(500).nullable();
const importFiles = z
  .array(z.object({ name: fileName, dataBase64: z.string().max(IMPORT_BASE64_MAX) }).strict())
  .min(1)
  .max(IMPORT_FILES_MAX);

export const apiSchemas = {
  getAppInfo: empty,
  listDocuments: empty,
  listTrash: empty,
  createDocument: z.object({ title: title.optional(), content: docJson.optional() }).strict(),
  getDocument: z.object({ id }).strict(),
  // The editor sends `contentJson`, the document already serialised (incrementally, so an autosave of
  // a long draft costs the renderer little); other callers may send `content`. Exactly one of them.
  saveDocument: z
    .object({ id, content: docJson.optional(), contentJson: z.string().max(DOC_JSON_MAX).optional(), baseVersion: z.number().int().nonnegative().optional() })
    .strict()
    .refine((v) => (v.content === undefined) !== (v.contentJson === undefined), { message: 'content or contentJson, not both' }),
  closeDocument: z.object({ id }).strict(),
  renameDocument: z.object({ id, title }).strict(),
  setDocumentOptions: z
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
  trashDocument: z.object({ id }).strict(),
  restoreDocument: z.object({ id }).strict(),
  deleteDocumentForever: z.object({ id }).strict(),
  listRevisions: z.object({ id }).strict(),
  getRevision: z.object({ id, revisionId: z.number().int().positive() }).strict(),
  restoreRevision: z.object({ id, revisionId: z.number().int().positive(), baseVersion: z.number().int().nonnegative().optional() }).strict(),
  searchLibrary: z
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
  getPassages: z.object({ ids: z.array(id).max(1000) }).strict(),
  // A batch (a folder, many files) is staged a request at a time, then read as one import.
  stageImportFiles: z.object({ jobId: id.optional(), files: importFiles }).strict(),
  previewImport: z
    .object({
      files: importFiles.optional(),
      jobId: id.optional(),
      // Files (by index) of traditional pages to keep in traditional characters (they are offered simplified).
      keepTraditional: z.array(z.number().int().min(0).max(IMPORT_BATCH_FILES_MAX)).max(IMPORT_BATCH_FILES_MAX).optional(),
    })
    .strict()
    .refine((v) => (v.files === undefined) !== (v.jobId === undefined), { message: 'files or jobId, not both' }),
  getImportJob: z.object({ jobId: id }).strict(),
  commitImport: z
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
  cancelImport: z.object({ jobId: id }).strict(),
  listSources: empty,
  getSource: z.object({ id }).strict(),
  getPassageContext: z.object({ id }).strict(),
  updatePassage: z.object({ id, text: z.string().trim().min(1).max(PASSAGE_TEXT_MAX) }).strict(),
  deleteSource: z.object({ id, confirmed: z.boolean().optional() }).strict(),
  // Without sourceIds: every own source.
  exportLibraryPack: z.object({ sourceIds: z.array(id).min(1).max(PACK_SOURCES_MAX).optional() }).strict(),
  importLibraryPack: z.object({ name: fileName, dataBase64: z.string().max(Math.ceil(PACK_FILE_MAX / 3) * 4) }).strict(),
  setSourceKind: z.object({ id, kind: z.enum(SOURCE_KINDS) }).strict(),
  getLibraryFacets: empty,
  listPassageNotes: empty,
  getProfile: empty,
  saveProfile: z
    .object({
      name: z.string().max(50).optional(),
      unit: z.string().max(100).optional(),
      position: z.string().max(50).optional(),
      region: z.string().max(50).optional(),
      replacements: z.record(z.string().max(50), z.string().max(100)).refine((r) => Object.keys(r).length <= 500).optional(),
    })
    .strict(),
  relatedPassages: z.object({ text: z.string().max(20_000), excludeIds: z.array(id).max(500).optional(), limit: z.number().int().min(1).max(20).optional() }).strict(),
  detectLocalNames: z.object({ text: z.string().max(20_000) }).strict(),
  getStandardPhrases: empty,
  saveStandardPhrases: z.object({ own: z.array(z.string().trim().min(2).max(200)).max(2000) }).strict(),
  setPassageNote: z.object({ id, favourite: z.boolean().optional(), note: z.string().max(2000).optional() }).strict(),
  getPreferences: empty,
  savePreferences: z.object({ locale: z.enum(LOCALE_TAGS as [Locale, ...Locale[]]).optional() }).strict(),
  listBackups: empty,
  createBackup: empty,
  // Only a name from listBackups: never a path, so the page cannot point the restore at any file.
  restoreBackup: z.object({ name: z.string().max(80).regex(BACKUP_NAME_PATTERN) }).strict(),
  exportEverything: empty,
  listTemplates: empty,
  createFromTemplate: z.object({ templateId: z.string().min(1).max(40).regex(/^[a-z0-9-]+$/) }).strict(),
  // One of: a saved document, the editor's current (maybe unsaved) doc, or a plain text.
  runCheck: z
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
  getCheckProgress: empty,
  // notes and edition: this export only (the CLI's --notes and --edition); the document's own otherwise.
  exportDocument: z
    .object({
      id,
      format: z.enum(EXPORT_FORMATS),
      layout: z.enum(LAYOUTS).optional(),
      profileId: profileId.optional(),
      checkAppendix: z.boolean().optional(),
      notes: z.enum(NOTE_STYLES).optional(),
      edition: z.enum(CITATION_EDITIONS).optional(),
      // The UI asks before an empty document is exported; the answer comes back as this.
      allowEmpty: z.boolean().optional(),
    })
    .strict(),
  listFormatProfiles: empty,
  createFormatProfile: z.object({ from: profileId, name: z.string().trim().min(1).max(60) }).strict(),
  saveFormatProfile: z.object({ profile: formatProfileSchema }).strict(),
  deleteFormatProfile: z.object({ id: profileId }).strict(),
  setDefaultFormat: z.object({ id: profileId }).strict(),
  exportFormatProfile: z.object({ id: profileId }).strict(),
  importFormatProfile: z.object({ text: z.string().max(64 * 1024) }).strict(),
  // Which of a format's faces this machine lacks (asked before a PDF is made here).
  checkFonts: z.object({ id: profileId }).strict(),
  importDocument: z.object({ name: fileName, dataBase64: z.string().max(IMPORT_BASE64_MAX) }).strict(),
} as const;

export type ApiMethod = keyof typeof apiSchemas;
export type ApiInput<M extends ApiMethod> = z.infer<(typeof apiSchemas)[M]>;

export const API_METHODS: readonly ApiMethod[] = API_METHOD_NAMES;

// Compile-time proof that the plain name list and the schemas agree in both directions.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchSchemas: Exact<ApiMethod, ApiMethodName> = true;
void namesMatchSchemas;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiSchemas, name);
}
