import fs from 'node:fs';
import path from 'node:path';
import { buildCorpusFromFiles } from './pipeline/buildCorpus';
import type { CorpusBuild, RawSourceFile } from './pipeline/corpusTypes';
import { writeLibraryDb } from './writeLibraryDb';

const CORPUS_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.docx']);

/** Reads every source file of a corpus folder (README.md excepted) in a stable order. */
export function readCorpusDir(dir: string): RawSourceFile[] {
  return fs
    .readdirSync(dir)
    .filter((name) => CORPUS_EXTENSIONS.has(path.extname(name).toLowerCase()) && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => ({ fileName: name, bytes: fs.readFileSync(path.join(dir, name)) }));
}

export async function buildLibrary(corpusDir: string, outFile: string): Promise<CorpusBuild> {
  const build = await buildCorpusFromFiles(readCorpusDir(corpusDir));
  writeLibraryDb(build, outFile);
  return build;
}
