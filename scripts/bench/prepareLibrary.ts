import Database from 'better-sqlite3';
import { buildSearchIndex } from '../../electron/node/library/search/buildSearchIndex';
import { writeSyntheticLibrary } from './writeSyntheticLibrary';

/** The synthetic library with its search index, untimed, for benchmarks that only need one to exist. */
export function prepareLibrary(root: string, file: string, passages: number): void {
  writeSyntheticLibrary(root, file, passages);
  const db = new Database(file);
  try {
    buildSearchIndex(db);
  } finally {
    db.close();
  }
}
