import fs from 'node:fs';

const MAGIC = 'SQLite format 3\0';
/** The smallest SQLite database there is: one page of the smallest size. */
const SMALLEST = 512;

/**
 * Why a file that should hold a SQLite database cannot, judged from its size and header, or null.
 * SQLite itself opens a 0-byte file as a new, empty database, so a user.db truncated to nothing (a
 * full disk, a bad copy) would be set up afresh and every document lost from view; this catches it.
 */
export function databaseFileProblem(file: string): string | null {
  const size = fs.statSync(file).size;
  if (size === 0) return '文件是空的（0 字节）';
  const head = Buffer.alloc(MAGIC.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1') !== MAGIC) return '不是 SQLite 数据库文件';
  if (size < SMALLEST) return `文件不完整（只有 ${size} 字节）`;
  return null;
}
