// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { QianwanApi } from '../../../../../electron/shared/api/QianwanApi';
import { DEFAULT_DOCUMENT_OPTIONS, type DocumentRecord, type DocumentSummary } from '../../../../../electron/shared/api/apiTypes';
import { mapContract } from '../../../../../electron/shared/api/mapContract';
import { STARTUP_SNAPSHOT_ID, type StartupSnapshot } from '../../../../../electron/shared/api/StartupSnapshot';
import { prefetchStartup } from '../prefetchStartup';
import { readStartupSnapshot } from '../readStartupSnapshot';

const summary = (id: string): DocumentSummary => ({ id, title: id, createdAt: '', updatedAt: '', deletedAt: null, wordCount: 0 });
const record = (id: string): DocumentRecord => ({ ...summary(id), content: { type: 'doc', content: [] }, options: DEFAULT_DOCUMENT_OPTIONS, version: 1 });

/** An API that records what is asked of it (anything else it is asked fails). */
function recordingApi(calls: string[]): QianwanApi {
  return {
    ...mapContract<'call'>((method) => () => Promise.reject(new Error(`unexpected ${method}`))),
    listDocuments: async () => (calls.push('listDocuments'), [summary('a'), summary('b')]),
    listTrash: async () => (calls.push('listTrash'), []),
    getDocument: async ({ id }) => (calls.push(`getDocument ${id}`), record(id)),
  };
}

const snapshot: StartupSnapshot = { preferences: { locale: 'zh-CN' }, documents: [summary('a'), summary('b')], trash: [], first: record('a') };

describe('start-up data', () => {
  it('comes from the page when the host wrote it: no request for the lists or the newest document', async () => {
    const calls: string[] = [];
    const data = prefetchStartup(recordingApi(calls), '', snapshot);
    expect((await data.documents).map((d) => d.id)).toEqual(['a', 'b']);
    expect((await data.first)?.id).toBe('a');
    expect(calls).toEqual([]);
    // All there at once, for the first render.
    expect(data.ready?.first?.id).toBe('a');
    expect(data.ready?.documents.map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('is ready with no document when there is none yet', () => {
    const data = prefetchStartup(recordingApi([]), '', { ...snapshot, documents: [], first: null });
    expect(data.ready).toEqual({ documents: [], trash: [], first: null });
  });

  it('asks for the document the address names when it is another one', async () => {
    const calls: string[] = [];
    const data = prefetchStartup(recordingApi(calls), '#doc=b', snapshot);
    expect((await data.first)?.id).toBe('b');
    expect(calls).toEqual(['getDocument b']);
    expect(data.ready).toBeNull();
  });

  it('asks for everything without a snapshot (Electron)', async () => {
    const calls: string[] = [];
    const data = prefetchStartup(recordingApi(calls), '', null);
    expect((await data.first)?.id).toBe('a');
    expect(calls.sort()).toEqual(['getDocument a', 'listDocuments', 'listTrash']);
  });

  it('reads the snapshot element, and ignores a damaged one', () => {
    document.body.innerHTML = `<script type="application/json" id="${STARTUP_SNAPSHOT_ID}">${JSON.stringify(snapshot)}</script>`;
    expect(readStartupSnapshot(document)?.first?.id).toBe('a');
    document.body.innerHTML = `<script type="application/json" id="${STARTUP_SNAPSHOT_ID}">{"documents": [</script>`;
    expect(readStartupSnapshot(document)).toBeNull();
    document.body.innerHTML = '';
    expect(readStartupSnapshot(document)).toBeNull();
  });
});
