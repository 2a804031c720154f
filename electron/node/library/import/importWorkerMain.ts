import { parentPort, workerData } from 'node:worker_threads';
import type { RawSourceFile } from '../pipeline/corpusTypes';
import { runImport } from './runImport';

// Runs the import pipeline off the service thread, so saving documents and searching stay
// responsive while a large file is cleaned. Bundled to dist/import-worker.cjs.
const files = (workerData as { files: RawSourceFile[] }).files;
runImport(files, (progress) => parentPort?.postMessage({ type: 'progress', progress })).then(
  (build) => parentPort?.postMessage({ type: 'done', build }),
  (err: unknown) => parentPort?.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
);
