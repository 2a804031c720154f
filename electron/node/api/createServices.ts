import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import { openUserDb } from '../db/openUserDb';
import { fileSystemError } from '../files/fileSystemError';
import { DocumentService } from '../documents/DocumentService';
import { DraftReader } from '../documents/DraftReader';
import { ImportJobs } from '../library/import/ImportJobs';
import { LibraryService } from '../library/LibraryService';
import { OwnSourcesService } from '../library/OwnSourcesService';
import { LibraryPacks } from '../library/pack/LibraryPacks';
import { PassageNotesService } from '../library/PassageNotesService';
import { CheckService } from '../check/CheckService';
import { StandardPhrases } from '../check/StandardPhrases';
import { ExportService } from '../export/ExportService';
import { FormatProfileService } from '../export/FormatProfileService';
import { SettingsService } from '../settings/SettingsService';
import { TemplateService } from '../templates/TemplateService';
import { Gazetteer } from '../gazetteer/Gazetteer';
import { LocaliseService } from '../gazetteer/LocaliseService';
import { checkReportDoc } from '../../shared/check/checkReportDoc';
import { docCheckText } from '../../shared/check/docCheckText';
import { appVersion } from './appVersion';

export interface Services {
  dataDir: string;
  userDb: Database.Database;
  documents: DocumentService;
  /** Draft files read off the service thread. */
  drafts: DraftReader;
  library: LibraryService;
  ownSources: OwnSourcesService;
  imports: ImportJobs;
  /** Library packs (.qwpack): own sources out to one file and back in. */
  packs: LibraryPacks;
  notes: PassageNotesService;
  settings: SettingsService;
  templates: TemplateService;
  localise: LocaliseService;
  standardPhrases: StandardPhrases;
  check: CheckService;
  exports: ExportService;
  formats: FormatProfileService;
  close(): void;
}

export function createServices(options: { dataDir: string; libraryFile: string; templatesDir?: string }): Services {
  try {
    fs.mkdirSync(options.dataDir, { recursive: true });
  } catch (err) {
    // A data folder that cannot even be made is read-only in effect (a write-protected disk, no permission).
    const refusal = fileSystemError(err, options.dataDir, 'write');
    throw refusal.code === 'write_denied' ? new ApiError('data_read_only', options.dataDir) : refusal;
  }
  const userDb = openUserDb(path.join(options.dataDir, 'user.db'));
  const documents = new DocumentService(userDb);
  const library = new LibraryService(options.libraryFile, userDb);
  const ownSources = new OwnSourcesService(userDb, (ids) => library.shippedIds(ids));
  const imports = new ImportJobs({
    has: (id) => library.isKnownPassage(id),
    sourceTitleOf: (ids) => library.getPassages(ids.slice(0, 50), { originals: false }).find((p) => p.sources[0])?.sources[0]?.title ?? null,
    // Own source ids are the build's with a 'u' in front (OwnSourcesService).
    importedTitle: (id) => ownSources.titleOf(`u${id}`) || null,
  });
  const settings = new SettingsService(userDb);
  const resources = path.dirname(options.libraryFile);
  // The 提法 list ships beside library.db; the writer's additions are in user.db.
  const standardPhrases = new StandardPhrases(path.join(resources, 'standard-phrases.json'), settings);
  const check = new CheckService(options.libraryFile, userDb, (ids) => library.getPassages(ids, { originals: false }), () => standardPhrases.all());
  const formats = new FormatProfileService(userDb);
  return {
    dataDir: options.dataDir,
    userDb,
    documents,
    drafts: new DraftReader(),
    library,
    ownSources,
    imports,
    packs: new LibraryPacks(userDb, library, appVersion()),
    notes: new PassageNotesService(userDb),
    settings,
    // Templates ship beside library.db (resources/templates, or the installed resources folder).
    templates: new TemplateService(options.templatesDir ?? path.join(path.dirname(options.libraryFile), 'templates')),
    // The gazetteer ships beside library.db (built from npm packages by scripts/build.mjs).
    localise: new LocaliseService(new Gazetteer(path.join(resources, 'gazetteer.tsv.gz')), () => standardPhrases.all()),
    standardPhrases,
    check,
    formats,
    exports: new ExportService({
      documents,
      library,
      settings,
      formats,
      checkReport: async (doc, title) => checkReportDoc(await check.check(docCheckText(doc)), { title, checkedAt: new Date() }),
    }),
    close() {
      check.close();
      imports.close();
      library.close();
      userDb.close();
    },
  };
}
