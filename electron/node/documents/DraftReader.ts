import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ApiError, type ApiErrorPayload } from '../../shared/api/ApiError';
import type { DocNode } from '../../shared/doc/docTypes';
import { readDraftFile } from './readDraftFile';

/** Longer than any real draft takes to read; a file still being read then is stopped. */
const READ_TIMEOUT_MS = 60_000;
/** A reader's heap: far above a real draft, far below what would starve the machine. */
const READ_HEAP_MB = 1536;

export type DraftFile = {
  title: string;
  doc: DocNode;
  /** The title is a line of the file's own text (so Word counts it), not the file's name. */
  titleInText?: boolean;
};

/**
 * Reads draft files (File → 打开, `qianwan doc import`) off the service thread, in a worker with a
 * memory limit and a time limit, so a hostile or merely huge .docx never holds up saves and searches
 * and never takes the host down with it. Without the bundled worker (unit tests run the TypeScript
 * sources) it reads in-process.
 */
export class DraftReader {
  constructor(
    private readonly workerFile: string | null = defaultWorkerFile(),
    private readonly limits = { timeoutMs: READ_TIMEOUT_MS, heapMb: READ_HEAP_MB },
  ) {}

  read(fileName: string, bytes: Uint8Array): Promise<DraftFile> {
    if (!this.workerFile) return readDraftFile(fileName, bytes);
    const worker = new Worker(this.workerFile, { workerData: { fileName, bytes }, resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb } });
    return new Promise<DraftFile>((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        fn();
      };
      const timer = setTimeout(() => settle(() => reject(new ApiError('file_too_complex', fileName))), this.limits.timeoutMs);
      worker.on('message', (m: { ok: true; draft: DraftFile } | { ok: false; error: ApiErrorPayload }) =>
        settle(() => (m.ok ? resolve(m.draft) : reject(new ApiError(m.error.code, m.error.detail)))),
      );
      // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or any crash of the reader: the file is refused.
      worker.on('error', () => settle(() => reject(new ApiError('file_too_complex', fileName))));
      worker.on('exit', () => settle(() => reject(new ApiError('file_too_complex', fileName))));
    });
  }
}

function defaultWorkerFile(): string | null {
  // Bundled beside the service bundle (dist/cli.cjs, dist/electron/main.cjs → dist/draft-worker.cjs).
  for (const candidate of [path.join(__dirname, 'draft-worker.cjs'), path.join(__dirname, '..', 'draft-worker.cjs')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}
