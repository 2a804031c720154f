import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openUserDb } from '../db/openUserDb';
import { DocumentService } from '../documents/DocumentService';
import { LibraryService } from '../library/LibraryService';

export interface Services {
  dataDir: string;
  userDb: Database.Database;
  documents: DocumentService;
  library: LibraryService;
  close(): void;
}

export function createServices(options: { dataDir: string; libraryFile: string }): Services {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const userDb = openUserDb(path.join(options.dataDir, 'user.db'));
  const documents = new DocumentService(userDb);
  const library = new LibraryService(options.libraryFile);
  return {
    dataDir: options.dataDir,
    userDb,
    documents,
    library,
    close() {
      library.close();
      userDb.close();
    },
  };
}
