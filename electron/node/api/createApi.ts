import { ApiError } from '../../shared/api/ApiError';
import type { QianwanApi } from '../../shared/api/QianwanApi';
import { IMPORT_FILE_MAX } from '../../shared/api/apiLimits';
import { parseDocJson } from '../../shared/api/parseDocJson';
import { fileTooLarge } from '../../shared/api/fileTooLarge';
import { buildTemplateDoc } from '../../shared/templates/buildTemplateDoc';
import { THEME_TAXONOMY } from '../library/pipeline/themeTaxonomy';
import type { Services } from './createServices';
import { appVersion } from './appVersion';
import type { RestoreResult } from '../../shared/api/backupTypes';
import { backupApi } from '../backup/backupApi';
import { checkApi } from '../check/checkApi';
import { exportApi } from '../export/exportApi';
import { packApi } from '../library/pack/packApi';
import { formatApi } from '../export/formatApi';
import { bindApi, type ApiHandlers, type BoundApi } from './bindApi';

/** Files as the contract sends them, each checked against the size limit by its real size. */
function importFiles(files: Array<{ name: string; dataBase64: string }>): Array<{ fileName: string; bytes: Buffer }> {
  return files.map((f) => {
    const bytes = Buffer.from(f.dataBase64, 'base64');
    if (bytes.length > IMPORT_FILE_MAX) throw fileTooLarge(f.name, bytes.length);
    return { fileName: f.name, bytes };
  });
}

export interface ApiHooks {
  restoreBackup?: (name: string) => Promise<RestoreResult>;
}

/** The contract on open services, its inputs checked (bindApi): what the CLI and the tests call. */
export function createApi(services: Services, host: 'electron' | 'browser', hooks: ApiHooks = {}): QianwanApi {
  return createBoundApi(services, host, hooks).api;
}

/** The same, with the dispatch a transport (the browser host, IPC) answers through. */
export function createBoundApi(services: Services, host: 'electron' | 'browser', hooks: ApiHooks = {}): BoundApi {
  return bindApi(createApiHandlers(services, host, hooks));
}

/**
 * Each method of the contract as a call into the services. Services are synchronous (better-sqlite3);
 * the contract is async so transports look the same.
 */
export function createApiHandlers(services: Services, host: 'electron' | 'browser', hooks: ApiHooks = {}): ApiHandlers {
  const { documents, library, ownSources, imports, notes, settings, templates, formats } = services;
  return {
    ...backupApi(services, hooks.restoreBackup),
    ...checkApi(services),
    ...exportApi(services),
    ...packApi(services),
    ...formatApi(services),
    async getAppInfo() {
      return {
        version: appVersion(),
        host,
        libraryPassages: library.count(),
        dataReadOnly: services.userDb.readonly,
        // Daily backups belong to the app hosts (openAppApi), which report their failures here.
        backupFailure: null,
      };
    },
    async listDocuments() {
      return documents.list();
    },
    async listTrash() {
      return documents.listTrash();
    },
    async createDocument(input) {
      return documents.create({ title: input.title, content: input.content, options: formats.newDocumentOptions() });
    },
    async getDocument(input) {
      return documents.open(input.id);
    },
    async saveDocument(input) {
      const content = input.content ?? parseDocJson(input.contentJson!);
      return documents.save(input.id, content, input.baseVersion);
    },
    async closeDocument(input) {
      documents.close(input.id);
    },
    async renameDocument(input) {
      return documents.rename(input.id, input.title);
    },
    async setDocumentOptions(input) {
      const { id: docId, ...change } = input;
      return documents.setOptions(docId, change);
    },
    async trashDocument(input) {
      documents.trash(input.id);
    },
    async restoreDocument(input) {
      documents.restore(input.id);
    },
    async deleteDocumentForever(input) {
      documents.deleteForever(input.id);
    },
    async listRevisions(input) {
      return documents.listRevisions(input.id);
    },
    async getRevision(input) {
      return documents.getRevision(input.id, input.revisionId);
    },
    async restoreRevision(input) {
      return documents.restoreRevision(input.id, input.revisionId, input.baseVersion);
    },
    async searchLibrary(input) {
      return library.search(input.favourites ? { ...input, ids: notes.favouriteIds() } : input);
    },
    async getPassages(input) {
      return library.getPassages(input.ids);
    },
    async stageImportFiles(input) {
      return imports.stage(input.jobId, importFiles(input.files));
    },
    async previewImport(input) {
      return imports.start(input.jobId ? { jobId: input.jobId } : { files: importFiles(input.files ?? []) }, { keepTraditional: input.keepTraditional });
    },
    async getImportJob(input) {
      return imports.get(input.jobId);
    },
    async commitImport(input) {
      const summary = ownSources.commit(imports.take(input.jobId), input.sources);
      services.check.refreshOwn();
      return summary;
    },
    async cancelImport(input) {
      imports.cancel(input.jobId);
    },
    async listSources() {
      return library.listSources();
    },
    async getSource(input) {
      return library.getSource(input.id);
    },
    async getPassageContext(input) {
      return library.getPassageContext(input.id);
    },
    async updatePassage(input) {
      ownSources.updatePassage(input.id, input.text);
      services.check.refreshOwn();
    },
    async deleteSource(input) {
      const result = ownSources.deleteSource(input.id, input.confirmed ?? false);
      services.check.refreshOwn();
      return result;
    },
    async setSourceKind(input) {
      // The shipped library is read-only: its sources carry the kind they were built with.
      if (!library.ownStore.hasSource(input.id) && library.listSources().some((s) => s.id === input.id)) throw new ApiError('read_only', input.id);
      ownSources.setSourceKind(input.id, input.kind);
      // The own search index was rebuilt: the check index stored with it is rebuilt too.
      services.check.refreshOwn();
    },
    async getLibraryFacets() {
      return library.facets(THEME_TAXONOMY.map((t) => t.name));
    },
    async listPassageNotes() {
      return notes.list();
    },
    async getProfile() {
      return settings.getProfile();
    },
    async saveProfile(input) {
      return settings.saveProfile(input);
    },
    async getPreferences() {
      return settings.getPreferences();
    },
    async savePreferences(input) {
      return settings.savePreferences(input);
    },
    async listTemplates() {
      return templates.list();
    },
    async createFromTemplate(input) {
      const template = templates.get(input.templateId);
      const { title, content } = buildTemplateDoc(template, settings.getProfile());
      // The template says which layout its drafts take (材料格式 for 心得体会 and 研讨发言).
      return documents.create({ title, content, options: { ...formats.newDocumentOptions(template.layout ?? 'material'), templateId: template.id } });
    },
    async relatedPassages(input) {
      return library.related(input.text, input.excludeIds ?? [], input.limit ?? 6);
    },
    async detectLocalNames(input) {
      return services.localise.detect(input.text, settings.getProfile());
    },
    async getStandardPhrases() {
      return { shipped: services.standardPhrases.shipped(), own: settings.getStandardPhrases() };
    },
    async saveStandardPhrases(input) {
      return { shipped: services.standardPhrases.shipped(), own: settings.saveStandardPhrases(input.own) };
    },
    async setPassageNote(input) {
      return notes.set(input.id, { favourite: input.favourite, note: input.note });
    },
  };
}
