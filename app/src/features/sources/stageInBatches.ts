import { IMPORT_FILES_MAX } from '../../../../electron/shared/api/apiLimits';
import type { QianwanApi } from '../../../../electron/shared/api/QianwanApi';
import type { PickedFile } from './collectDroppedFiles';
import { readFileAsBase64 } from './readFileAsBase64';

/** What one request may carry: the host takes 32 MB a request, and base64 is a third larger. */
const REQUEST_BYTES = 18 * 1024 * 1024;

/**
 * Sends a batch of files to be staged for one import, a request at a time (at most 20 files and about
 * 18 MB each, a large file on its own), reporting how many have been sent. Returns the batch's job id.
 */
export async function stageInBatches(api: QianwanApi, files: PickedFile[], onSent: (sent: number) => void, cancelled: () => boolean): Promise<string | null> {
  let jobId: string | undefined;
  let sent = 0;
  for (let i = 0; i < files.length; ) {
    const group: PickedFile[] = [];
    let bytes = 0;
    while (i < files.length && group.length < IMPORT_FILES_MAX && (group.length === 0 || bytes + files[i]!.file.size <= REQUEST_BYTES)) {
      bytes += files[i]!.file.size;
      group.push(files[i++]!);
    }
    const payload = await Promise.all(group.map(async (f) => ({ name: f.file.name, dataBase64: await readFileAsBase64(f.file) })));
    if (cancelled()) return null;
    const staged = await api.stageImportFiles(jobId ? { jobId, files: payload } : { files: payload });
    jobId = staged.jobId;
    sent += group.length;
    onSent(sent);
  }
  return jobId ?? null;
}
