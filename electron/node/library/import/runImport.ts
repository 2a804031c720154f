import { ApiError, toErrorPayload, type ApiErrorPayload } from '../../../shared/api/ApiError';
import { readSourceFile, type SourceRead } from '../../formats/readSourceFile';
import { buildFromRead } from '../pipeline/buildCorpus';
import { stableId } from '../pipeline/stableId';
import type { CorpusBuild, RawSourceFile } from '../pipeline/corpusTypes';

export interface ImportProgress {
  step: 'read' | 'clean' | 'done';
  fileIndex: number;
  fileCount: number;
  progress: number;
}

/** A file that was not imported, and why (a code the UI puts into words). */
export interface RefusedFile {
  index: number;
  fileName: string;
  error: ApiErrorPayload;
}

export interface ImportRun {
  build: CorpusBuild;
  refused: RefusedFile[];
  /** Each built source's file, by its index in the files given (a build orders its sources by name). */
  fileIndexOf: Record<string, number>;
}

/**
 * The library pipeline for files a user imports. Each file is read on its own first, so a file that
 * cannot be read is refused by name while the others go on; then all that were read are built together,
 * so copies across the imported files are merged. Only when every file is refused does the run fail.
 */
/** How the writer asked the files to be cleaned: the indexes of traditional pages to keep in traditional characters. */
export interface ImportOptions {
  keepTraditional?: readonly number[];
}

export async function runImport(files: RawSourceFile[], onProgress: (p: ImportProgress) => void, options: ImportOptions = {}): Promise<ImportRun> {
  const total = files.reduce((n, f) => n + f.bytes.length, 0) || 1;
  let done = 0;
  const read: { file: RawSourceFile; read: SourceRead; simplify?: boolean }[] = [];
  const refused: RefusedFile[] = [];
  // The same bytes twice in one batch (a file in two folders) are one source: the later copy is named.
  const seen = new Map<string, string>();
  const fileIndexOf: Record<string, number> = {};
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    onProgress({ step: 'read', fileIndex: i, fileCount: files.length, progress: 0.6 * (done / total) });
    try {
      const id = stableId('s', file.bytes, 12);
      const first = seen.get(id);
      if (first !== undefined) throw new ApiError('duplicate_file', first);
      seen.set(id, file.fileName);
      fileIndexOf[id] = i;
      const r = await readSourceFile(file.fileName, file.bytes);
      if (!/[^\s\ufeff\u3000]/.test(r.body.text)) throw new ApiError('file_empty', file.fileName);
      read.push({ file, read: r, ...(options.keepTraditional?.includes(i) ? { simplify: false } : {}) });
    } catch (err) {
      // A refusal keeps its code; anything else is the app's fault, not the file's, and says so.
      refused.push({ index: i, fileName: file.fileName, error: err instanceof ApiError ? toErrorPayload(err) : { code: 'internal', detail: `${file.fileName}: ${err instanceof Error ? err.message : String(err)}` } });
    }
    done += file.bytes.length;
  }
  if (read.length === 0) throw refused[0] ? new ApiError(refused[0].error.code, refused[0].error.detail) : new ApiError('nothing_to_import', '0');
  onProgress({ step: 'clean', fileIndex: files.length - 1, fileCount: files.length, progress: 0.6 });
  const build = buildFromRead(read);
  onProgress({ step: 'done', fileIndex: files.length - 1, fileCount: files.length, progress: 1 });
  return { build, refused, fileIndexOf };
}
