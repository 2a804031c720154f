import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { PACK_FILE_MAX } from '../../shared/api/apiLimits';

/**
 * A pack file named on the command line: a regular file (not a folder, a FIFO or a device that
 * would never end), no larger than a pack may be, checked before a byte is read.
 */
export function readPackFile(file: string): { name: string; bytes: Buffer } {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ApiError('not_found', file);
  }
  if (!stat.isFile()) throw new ApiError('invalid_input', `不是文件：${file}`);
  if (stat.size > PACK_FILE_MAX) throw new ApiError('file_too_large', `${name}（${(stat.size / 1048576).toFixed(1)} MB）`);
  return { name, bytes: fs.readFileSync(file) };
}
