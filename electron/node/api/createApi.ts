import type { QianwanApi } from '../../shared/api/QianwanApi';
import type { ApiMethod } from '../../shared/api/apiSchemas';
import { validateInput } from '../../shared/api/validateInput';
import type { DocNode } from '../../shared/doc/docTypes';
import type { Services } from './createServices';

declare const __APP_VERSION__: string | undefined;

/**
 * The contract object every front end binds: each method validates its input, then calls a service.
 * Services are synchronous (better-sqlite3); the contract is async so transports look the same.
 */
export function createApi(services: Services, host: 'electron' | 'browser'): QianwanApi {
  const { documents, library } = services;
  const impl: QianwanApi = {
    async getAppInfo() {
      return {
        version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev',
        host,
        libraryPassages: library.count(),
      };
    },
    async listDocuments() {
      return documents.list();
    },
    async listTrash() {
      return documents.listTrash();
    },
    async createDocument(input) {
      return documents.create({ title: input.title, content: input.content as DocNode | undefined });
    },
    async getDocument(input) {
      return documents.open(input.id);
    },
    async saveDocument(input) {
      return documents.save(input.id, input.content as unknown as DocNode, input.baseVersion);
    },
    async closeDocument(input) {
      documents.close(input.id);
    },
    async renameDocument(input) {
      return documents.rename(input.id, input.title);
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
    async searchLibrary(input) {
      return library.search(input.query, input.limit, input.offset);
    },
    async getPassages(input) {
      return library.getPassages(input.ids);
    },
  };
  const validated = {} as Record<ApiMethod, (input: unknown) => Promise<unknown>>;
  for (const method of Object.keys(impl) as ApiMethod[]) {
    const fn = impl[method] as (input: unknown) => Promise<unknown>;
    validated[method] = async (input: unknown) => fn(validateInput(method, input));
  }
  return validated as unknown as QianwanApi;
}
