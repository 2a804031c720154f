import fs from 'node:fs';
import path from 'node:path';
import type { RawSourceFile } from '../corpusTypes';

export const CORPUS_DIR = path.resolve(__dirname, '../../../../../resources/corpus');

export function seedFiles(): RawSourceFile[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ fileName: f, bytes: fs.readFileSync(path.join(CORPUS_DIR, f)) }));
}
