import type Database from 'better-sqlite3';
import { MIN_RUN_DEFAULT } from '../../shared/check/checkParams';
import { buildStoreCheckIndexNow } from './buildStoreCheckIndex';
import { checkIndexSignature } from './checkIndexFormat';
import { storeCheckIndex } from './storeCheckIndex';

/**
 * Builds the check index of every passage in `db` for the default threshold and stores it there
 * (after the search index, whose generation it is tied to): at library build time, where nothing
 * waits for it. Returns the bytes of the index's arrays.
 */
export function writeCheckIndex(db: Database.Database): number {
  const index = buildStoreCheckIndexNow(db, MIN_RUN_DEFAULT);
  storeCheckIndex(db, index, checkIndexSignature(db));
  return index.bytes;
}
