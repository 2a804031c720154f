import { parentPort, workerData } from 'node:worker_threads';
import { toErrorPayload } from '../../shared/api/ApiError';
import { readDraftFile } from './readDraftFile';

// Reads one draft file off the service thread (see DraftReader). Bundled to dist/draft-worker.cjs.
const { fileName, bytes } = workerData as { fileName: string; bytes: Uint8Array };
readDraftFile(fileName, bytes).then(
  (draft) => parentPort?.postMessage({ ok: true, draft }),
  (err: unknown) => parentPort?.postMessage({ ok: false, error: toErrorPayload(err) }),
);
