import { ApiError } from '../../shared/api/ApiError';
import type { QianwanApi } from '../../shared/api/QianwanApi';
import { IMPORT_FILE_MAX } from '../../shared/api/apiLimits';
import type { ApiMethod } from '../../shared/api/apiSchemas';
import { parseDocJson } from '../../shared/api/parseDocJson';
import { validateInput } from '../../shared/api/validateInput';
import { buildTemplateDoc } from '../../shared/templates/buildTemplateDoc';
import { THEME_TAXONOMY } from '../library/pipeline/themeTaxonomy';
import type { Services } from './createServices';
import type { RestoreResult } from '../../shared/api/backupTypes';
import { backupApi } from '../backup/backupApi';
import { checkApi } from '../check/checkApi';
import type { PrintToPdf } from '../export/docToPrintHtml';
import { exportApi } from '../export/exportApi';

declare const __APP_VERSION__: string | undefined;

/**
 * The contract object every front end binds: each method validates its input, then calls a service.
 * Services are synchronous (better-sqlite3); the contract is async so transports look the same.
 */
export function createApi(services: Services, host: 'electron' | 'browser', hooks: { restoreBackup?: (name: string) => Promise<RestoreResult>; printToPdf?: PrintToPdf } = {}): QianwanApi {
  const { documents, library, ownSources, imports, notes, settings, templates } = services;
  const impl: QianwanApi = {
    ...backupApi(services, hooks.restoreBackup),
    ...checkApi(services),
    ...exportApi(services, hooks.printToPdf),
    async getAppInfo() {
      return {
        version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev',
        host,
        libraryPassages: library.count(),
        dataReadOnly: services.userDb.readonly,
      };
    },
    async listDocuments() {
      return documents.list();
    },
    async listTrash() {
      return documents.listTrash();
    },
    async createDocument(input) {
      return documents.create({ title: input.title, content: input.content });
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
    async previewImport(input) {
      const files = input.files.map((f) => {
        const bytes = Buffer.from(f.dataBase64, 'base64');
        if (bytes.length > IMPORT_FILE_MAX) throw new ApiError('file_too_large', `${f.name}（${(bytes.length / 1048576).toFixed(1)} MB）`);
        return { fileName: f.name, bytes };
      });
      return imports.start(files);
    },
    async getImportJob(input) {
      return imports.get(input.jobId);
    },
    async commitImport(input) {
      return ownSources.commit(imports.take(input.jobId), input.sources);
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
    },
    async deleteSource(input) {
      return ownSources.deleteSource(input.id, input.confirmed ?? false);
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
      const doc = documents.create({ title, content });
      documents.setOptions(doc.id, { templateId: template.id });
      return documents.get(doc.id);
    },
    async relatedPassages(input) {
      return library.related(input.text, input.excludeIds ?? [], input.limit ?? 6);
    },
    async setPassageNote(input) {
      return notes.set(input.id, { favourite: input.favourite, note: input.note });
    },
  };
  const validated = {} as Record<ApiMethod, (input: unknown) => Promise<unknown>>;
  for (const method of Object.keys(impl) as ApiMethod[]) {
    const fn = impl[method] as (input: unknown) => Promise<unknown>;
    validated[method] = async (input: unknown) => fn(validateInput(method, input));
  }
  return validated as unknown as QianwanApi;
}
