import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';

/**
 * Writes a file whole or not at all: into a temporary file beside it, synced, then moved into place.
 * An existing file is replaced only when the caller says so (`overwrite`, after asking the user);
 * otherwise the move is a hard link, which fails if the name was taken meanwhile.
 */
export function writeFileAtomic(file: string, data: Uint8Array | string, options: { overwrite?: boolean } = {}): void {
  const target = path.resolve(file);
  if (!options.overwrite && fs.existsSync(target)) throw new ApiError('file_exists', target);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(tmp, 'wx');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    if (options.overwrite) fs.renameSync(tmp, target);
    else {
      try {
        fs.linkSync(tmp, target);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new ApiError('file_exists', target);
        // Some file systems (FAT, some network shares) have no hard links; the check above stands in.
        if (fs.existsSync(target)) throw new ApiError('file_exists', target);
        fs.renameSync(tmp, target);
        return;
      }
      fs.unlinkSync(tmp);
    }
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
