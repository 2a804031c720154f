import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { IMPORT_BATCH_FILES_MAX } from '../../shared/api/apiLimits';
import { isPageResource, SOURCE_EXTENSIONS } from '../../shared/files/sourceExtensions';
import { fileSystemError } from './fileSystemError';

/**
 * The files a `library import FILE|DIR...` names: files as given, folders walked (not following links
 * to folders, so a loop cannot hold it), in each folder the files the library reads — a saved page's
 * resource folder (page_files/), hidden files and files of other kinds are passed over and counted,
 * as the UI does. A file named on its own is taken whatever its kind: the reader says if it cannot be.
 */
export function collectSourceFiles(paths: string[]): { files: string[]; skipped: number } {
  const files: string[] = [];
  let skipped = 0;
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = fs.readdirSync(dir).sort((a, b) => a.localeCompare(b, 'zh-CN'));
    } catch (err) {
      throw fileSystemError(err, dir, 'read');
    }
    for (const name of names) {
      const full = path.join(dir, name);
      const stat = fs.lstatSync(full);
      if (stat.isDirectory()) walk(full);
      else if (name.startsWith('.') || isPageResource(full) || !SOURCE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) skipped++;
      else files.push(full);
      if (files.length > IMPORT_BATCH_FILES_MAX) throw new ApiError('import_batch_too_large', String(IMPORT_BATCH_FILES_MAX));
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (err) {
      throw fileSystemError(err, p, 'read');
    }
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  if (files.length > IMPORT_BATCH_FILES_MAX) throw new ApiError('import_batch_too_large', String(IMPORT_BATCH_FILES_MAX));
  return { files, skipped };
}
