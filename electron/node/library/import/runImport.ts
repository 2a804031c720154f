import { ApiError } from '../../../shared/api/ApiError';
import { describeError } from '../../../shared/api/describeError';
import { buildCorpusFromFiles } from '../pipeline/buildCorpus';
import type { CorpusBuild, RawSourceFile } from '../pipeline/corpusTypes';
import { decodeSource } from '../pipeline/decodeSource';

export interface ImportProgress {
  step: 'read' | 'clean' | 'done';
  fileIndex: number;
  fileCount: number;
  progress: number;
}

/**
 * The library pipeline for files a user imports. Each file is decoded first (so an undecodable file
 * is refused with its name before any work), then all are built together so copies across the
 * imported files are merged.
 */
export async function runImport(files: RawSourceFile[], onProgress: (p: ImportProgress) => void): Promise<CorpusBuild> {
  const total = files.reduce((n, f) => n + f.bytes.length, 0) || 1;
  let read = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    onProgress({ step: 'read', fileIndex: i, fileCount: files.length, progress: 0.3 * (read / total) });
    try {
      const { rawText } = await decodeSource(file);
      if (!/[^\s\ufeff\u3000]/.test(rawText)) throw new Error('文件中没有文字（空文件，或只有空白）。');
    } catch (err) {
      // A refusal with a code (encrypted, zip bomb …) already names the file in its message.
      if (err instanceof ApiError) throw new Error(describeError({ code: err.code, detail: err.detail }));
      throw new Error(`${file.fileName}：${err instanceof Error ? err.message : String(err)}`);
    }
    read += file.bytes.length;
  }
  onProgress({ step: 'clean', fileIndex: files.length - 1, fileCount: files.length, progress: 0.3 });
  const build = await buildCorpusFromFiles(files);
  onProgress({ step: 'done', fileIndex: files.length - 1, fileCount: files.length, progress: 1 });
  return build;
}
