import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { fileTooLarge } from '../../shared/api/fileTooLarge';
import { fileSystemError } from './fileSystemError';

const CHUNK = 1024 * 1024;

/**
 * A file the user named on the command line, read with the same limit as the UI's: only a regular
 * file (a symbolic link to one is fine), whose size is checked before any byte is read, and of which
 * at most `limit` + 1 bytes are ever read, so neither a link to /dev/zero, a FIFO, a directory nor a
 * file that grows while it is read can run the process out of memory or hang it. `check` sees the
 * size before reading (a draft's extension and emptiness checks). Refusals are ApiErrors naming the file.
 */
export function readUserFile(file: string, limit: number, check?: (size: number) => void): Buffer {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw fileSystemError(err, file, 'read');
  }
  if (!stat.isFile()) throw new ApiError('not_a_file', file);
  if (stat.size > limit) throw fileTooLarge(name, stat.size, limit);
  check?.(stat.size);
  let fd: number;
  try {
    // Non-blocking, so that a FIFO put in its place since the stat cannot make open() wait for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw fileSystemError(err, file, 'read');
  }
  try {
    if (!fs.fstatSync(fd).isFile()) throw new ApiError('not_a_file', file);
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= limit) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
    }
    // It grew after the stat: what was read is not the whole file.
    if (total > limit) throw fileTooLarge(name, total, limit);
    return Buffer.concat(chunks, total);
  } catch (err) {
    throw err instanceof ApiError ? err : fileSystemError(err, file, 'read');
  } finally {
    fs.closeSync(fd);
  }
}
