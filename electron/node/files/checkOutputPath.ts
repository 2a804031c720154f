import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { fileSystemError } from './fileSystemError';

/** Longest file name most file systems allow (ext4, NTFS in UTF-16 units, APFS): 255 bytes. */
export const NAME_MAX_BYTES = 255;

/**
 * Where an export may be written, asked before the work and again by the write: the absolute
 * path, or a refusal that says what is wrong in the user's terms — the folder does not exist, the
 * path is a folder, the name is too long, the name is taken (unless `overwrite`). Even with
 * `overwrite` (--force) only a regular file is replaced: never a device, a FIFO, a socket or a
 * symbolic link (whatever it points to).
 */
export function checkOutputPath(file: string, overwrite = false): string {
  const target = path.resolve(file);
  const name = path.basename(target);
  if (Buffer.byteLength(name) > NAME_MAX_BYTES) throw new ApiError('name_too_long', name);
  const dir = path.dirname(target);
  let folder: fs.Stats;
  try {
    folder = fs.statSync(dir);
  } catch (err) {
    throw fileSystemError(err, target, 'write');
  }
  if (!folder.isDirectory()) throw new ApiError('folder_not_found', dir);
  let existing: fs.Stats;
  try {
    existing = fs.lstatSync(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return target;
    throw fileSystemError(err, target, 'write');
  }
  if (existing.isDirectory() || (existing.isSymbolicLink() && isDirectory(target))) throw new ApiError('is_directory', target);
  if (!overwrite) throw new ApiError('file_exists', target);
  if (!existing.isFile()) throw new ApiError('not_overwritable', target);
  return target;
}

/** Just before the rename that replaces it: the name still holds a regular file, or nothing. */
export function assertOverwritable(target: string): void {
  try {
    if (!fs.lstatSync(target).isFile()) throw new ApiError('not_overwritable', target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
