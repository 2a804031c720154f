import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openUserDb } from '../db/openUserDb';
import { DocumentService } from '../documents/DocumentService';
import { ImportJobs } from '../library/import/ImportJobs';
import { LibraryService } from '../library/LibraryService';
import { OwnSourcesService } from '../library/OwnSourcesService';
import { PassageNotesService } from '../library/PassageNotesService';
import { CheckService } from '../check/CheckService';
import { ExportService } from '../export/ExportService';
import { FormatProfileService } from '../export/FormatProfileService';
import { SettingsService } from '../settings/SettingsService';
import { TemplateService } from '../templates/TemplateService';
import { checkReportDoc } from '../../shared/check/checkReportDoc';
import { docCheckText } from '../../shared/check/docCheckText';

export interface Services {
  dataDir: string;
  userDb: Database.Database;
  documents: DocumentService;
  library: LibraryService;
  ownSources: OwnSourcesService;
  imports: ImportJobs;
  notes: PassageNotesService;
  settings: SettingsService;
  templates: TemplateService;
  check: CheckService;
  exports: ExportService;
  formats: FormatProfileService;
  close(): void;
}

export function createServices(options: { dataDir: string; libraryFile: string; templatesDir?: string }): Services {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const userDb = openUserDb(path.join(options.dataDir, 'user.db'));
  const documents = new DocumentService(userDb);
  const library = new LibraryService(options.libraryFile, userDb);
  const ownSources = new OwnSourcesService(userDb, (ids) => library.shippedIds(ids));
  const imports = new ImportJobs((id) => library.isKnownPassage(id));
  const settings = new SettingsService(userDb);
  const check = new CheckService(options.libraryFile, userDb, (ids) => library.getPassages(ids));
  const formats = new FormatProfileService(userDb);
  return {
    dataDir: options.dataDir,
    userDb,
    documents,
    library,
    ownSources,
    imports,
    notes: new PassageNotesService(userDb),
    settings,
    // Templates ship beside library.db (resources/templates, or the installed resources folder).
    templates: new TemplateService(options.templatesDir ?? path.join(path.dirname(options.libraryFile), 'templates')),
    check,
    formats,
    exports: new ExportService({
      documents,
      library,
      settings,
      formats,
      checkReport: async (doc, title) => checkReportDoc(await check.check(docCheckText(doc)), { title, checkedAt: new Date().toLocaleString('zh-CN', { hour12: false }) }),
    }),
    close() {
      check.close();
      imports.close();
      library.close();
      userDb.close();
    },
  };
}
