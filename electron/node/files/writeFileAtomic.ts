import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { assertOverwritable, checkOutputPath } from './checkOutputPath';
import { fileSystemError } from './fileSystemError';

/**
 * Writes a file whole or not at all: into a temporary file beside it, synced, then moved into place.
 * An existing file is replaced only when the caller says so (`overwrite`, after asking the user);
 * otherwise the move is a hard link, which fails if the name was taken meanwhile. Failures are
 * ApiErrors the user can act on (checkOutputPath, fileSystemError), never Node's ENOENT.
 */
export function writeFileAtomic(file: string, data: Uint8Array | string, options: { overwrite?: boolean } = {}): void {
  const target = checkOutputPath(file, options.overwrite);
  const dir = path.dirname(target);
  let tmp = '';
  try {
    const fd = openTemporary(dir, path.basename(target));
    tmp = fd.file;
    try {
      fs.writeFileSync(fd.fd, data);
      fs.fsyncSync(fd.fd);
    } finally {
      fs.closeSync(fd.fd);
    }
    if (options.overwrite) {
      // Checked again: something other than a file may have been put there while the data was written.
      assertOverwritable(target);
      fs.renameSync(tmp, target);
    }
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
    if (tmp) fs.rmSync(tmp, { force: true });
    throw fileSystemError(err, target, 'write');
  }
}

/**
 * A new temporary file in `dir`, named `.~` and random hex: never longer than the target's own name
 * (a 255-byte name failed when the temporary one was that name plus a suffix), at least 8 bytes.
 */
function openTemporary(dir: string, name: string): { fd: number; file: string } {
  const length = Math.max(8, Math.min(18, Buffer.byteLength(name)));
  for (let attempt = 0; ; attempt++) {
    const file = path.join(dir, `.~${randomBytes(8).toString('hex')}`.slice(0, length));
    try {
      return { fd: fs.openSync(file, 'wx'), file };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw err;
    }
  }
}
