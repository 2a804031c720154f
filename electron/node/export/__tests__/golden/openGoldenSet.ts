import path from 'node:path';
import type { QianwanApi } from '../../../../shared/api/QianwanApi';
import { createApi } from '../../../api/createApi';
import { createServices, type Services } from '../../../api/createServices';
import { buildLibrary } from '../../../library/buildLibrary';
import { runImport } from '../../../library/import/runImport';
import { goldenDrafts, type GoldenDraft } from './goldenDrafts';
import { GOLDEN_SOURCES } from './goldenSources';

export const GOLDEN_AUTHOR = { unit: '某某县农业农村局', position: '副局长', name: '张三' };

export interface GoldenSet {
  services: Services;
  api: QianwanApi;
  /** Each golden draft, imported as a document with a reference list. */
  documents: Array<{ id: string; draft: GoldenDraft }>;
}

/**
 * The golden set in `dir`: the shipped library built from resources/corpus, the sources the drafts
 * cite besides it (with the facts an importer fills in), the author's profile, and the five drafts
 * imported as documents.
 */
export async function openGoldenSet(dir: string): Promise<GoldenSet> {
  const libraryFile = path.join(dir, 'library.db');
  await buildLibrary(path.resolve(__dirname, '../../../../../resources/corpus'), libraryFile);
  const services = createServices({ dataDir: path.join(dir, 'data'), libraryFile });
  const api = createApi(services, 'browser');
  await api.saveProfile(GOLDEN_AUTHOR);
  for (const source of GOLDEN_SOURCES) {
    const { build } = await runImport([{ fileName: source.fileName, bytes: Buffer.from(source.text, 'utf8') }], () => undefined);
    const { text: _text, fileName: _file, title: _title, kind, ...facts } = source;
    build.sources[0] = { ...build.sources[0]!, ...facts };
    services.ownSources.commit(build, [{ index: 0, title: source.title, site: source.site, date: source.date, url: source.url, kind }]);
  }
  const find = (words: string) => {
    const hit = services.library.search({ query: `"${words}"`, limit: 1 }).results[0];
    if (!hit) throw new Error(`no passage has “${words}”`);
    return hit.id;
  };
  const documents: GoldenSet['documents'] = [];
  for (const draft of goldenDrafts(find, GOLDEN_AUTHOR)) {
    const doc = await api.importDocument({ name: `${draft.name}.md`, dataBase64: Buffer.from(draft.markdown, 'utf8').toString('base64') });
    await api.setDocumentOptions({ id: doc.id, references: true });
    documents.push({ id: doc.id, draft });
  }
  return { services, api, documents };
}
