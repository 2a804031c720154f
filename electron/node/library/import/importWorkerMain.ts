import { parentPort, workerData } from 'node:worker_threads';
import { toErrorPayload } from '../../../shared/api/ApiError';
import type { RawSourceFile } from '../pipeline/corpusTypes';
import { runImport, type ImportOptions } from './runImport';

// Runs the import pipeline off the service thread, so saving documents and searching stay
// responsive while a large file is cleaned. Bundled to dist/import-worker.cjs. Errors cross as codes.
const { files, options } = workerData as { files: RawSourceFile[]; options: ImportOptions };
runImport(files, (progress) => parentPort?.postMessage({ type: 'progress', progress }), options).then(
  (run) => parentPort?.postMessage({ type: 'done', run }),
  (err: unknown) => parentPort?.postMessage({ type: 'error', error: toErrorPayload(err) }),
);
