import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ApiError, toErrorPayload, type ApiErrorPayload } from '../../../shared/api/ApiError';
import { IMPORT_BATCH_BYTES_MAX, IMPORT_BATCH_FILES_MAX } from '../../../shared/api/apiLimits';
import type { ImportJob, ImportPreview, ImportStats, StagedImport } from '../../../shared/api/apiTypes';
import type { CorpusBuild, RawSourceFile } from '../pipeline/corpusTypes';
import { kindOf } from '../sourceRowValues';
import { runImport, type ImportOptions, type ImportProgress, type ImportRun } from './runImport';

const PREVIEW_PASSAGES = 20;
/** A finished preview waits this long for the user to confirm it, then its memory is freed. */
const JOB_TTL_MS = 30 * 60 * 1000;

interface Job {
  view: ImportJob;
  /** Files staged and not yet read. */
  files: RawSourceFile[];
  build: CorpusBuild | null;
  worker: Worker | null;
  /** When the job last changed; staged and finished jobs are swept after JOB_TTL_MS. */
  touchedAt: number;
}

/** What the library already holds, for the preview: which passages, and the title of a source holding them. */
export interface KnownPassages {
  has(id: string): boolean;
  sourceTitleOf(ids: string[]): string | null;
  /** The title of the own source a file became when it was imported before, by the build's source id. */
  importedTitle(buildSourceId: string): string | null;
}

/**
 * Import jobs: files are staged (in one request, or a batch in several), then read together — in a
 * worker thread when the bundled worker exists (the built app), otherwise in-process (unit tests run
 * from TypeScript sources). Nothing is saved until commit.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly known: KnownPassages,
    private readonly workerFile: string | null = defaultWorkerFile(),
  ) {}

  /** Adds files to a staged batch (a new one without jobId), within the batch's limits. */
  stage(jobId: string | undefined, files: RawSourceFile[]): StagedImport {
    this.sweep();
    let job = jobId ? this.jobs.get(jobId) : undefined;
    if (jobId && !job) throw new ApiError('not_found', jobId);
    if (job && job.view.state !== 'staged') throw new ApiError('conflict', job.view.state);
    if (!job) {
      const id = randomUUID();
      job = { view: emptyView(id), files: [], build: null, worker: null, touchedAt: Date.now() };
      this.jobs.set(id, job);
    }
    const bytes = job.files.reduce((n, f) => n + f.bytes.length, 0) + files.reduce((n, f) => n + f.bytes.length, 0);
    if (job.files.length + files.length > IMPORT_BATCH_FILES_MAX || bytes > IMPORT_BATCH_BYTES_MAX) throw new ApiError('import_batch_too_large', String(IMPORT_BATCH_FILES_MAX));
    job.files.push(...files);
    job.view = { ...job.view, fileCount: job.files.length };
    job.touchedAt = Date.now();
    return { jobId: job.view.id, files: job.files.length, bytes };
  }

  /**
   * Reads a staged batch (or the files given) and builds its preview. A batch already previewed is read
   * again with new options (the writer chose to keep a traditional page in traditional characters).
   */
  start(source: { jobId: string } | { files: RawSourceFile[] }, options: ImportOptions = {}): ImportJob {
    const jobId = 'jobId' in source ? source.jobId : this.stage(undefined, source.files).jobId;
    const job = this.jobs.get(jobId);
    if (!job) throw new ApiError('not_found', jobId);
    if (job.view.state !== 'staged' && job.view.state !== 'ready' && job.view.state !== 'failed') throw new ApiError('conflict', job.view.state);
    const files = job.files;
    job.build = null;
    job.view = { ...job.view, state: 'running', progress: 0, step: 'read', previews: null, stats: null, error: null, refused: [] };
    job.touchedAt = Date.now();
    const onProgress = (p: ImportProgress) => {
      if (job.view.state === 'running') Object.assign(job.view, p);
    };
    const onDone = ({ build, refused, fileIndexOf }: ImportRun) => {
      if (job.view.state !== 'running') return;
      job.build = build;
      const refusedFiles = refused.map((r) => ({ fileName: r.fileName, error: r.error }));
      job.view = { ...job.view, state: 'ready', progress: 1, step: 'done', previews: this.previews(build, fileIndexOf), stats: statsOf(build), refused: refusedFiles };
      job.touchedAt = Date.now();
    };
    const onError = (error: ApiErrorPayload) => {
      if (job.view.state !== 'running') return;
      job.view = { ...job.view, state: 'failed', error };
      job.touchedAt = Date.now();
    };
    if (this.workerFile) {
      const worker = new Worker(this.workerFile, { workerData: { files, options } });
      job.worker = worker;
      worker.on('message', (m: { type: string; progress?: ImportProgress; run?: ImportRun; error?: ApiErrorPayload }) => {
        if (m.type === 'progress' && m.progress) onProgress(m.progress);
        else if (m.type === 'done' && m.run) onDone(m.run);
        else if (m.type === 'error') onError(m.error ?? { code: 'internal' });
      });
      // A worker that dies (out of memory on a hostile file) fails the job; the service goes on.
      worker.on('error', (err) => onError(toErrorPayload(err)));
      worker.on('exit', () => (job.worker = null));
    } else {
      void runImport(files, onProgress, options).then(onDone, (err: unknown) => onError(toErrorPayload(err)));
    }
    return job.view;
  }

  get(id: string): ImportJob {
    const job = this.jobs.get(id);
    if (!job) throw new ApiError('not_found', id);
    return job.view;
  }

  /** The finished build of a job, once; the job is then marked committed. */
  take(id: string): CorpusBuild {
    const job = this.jobs.get(id);
    if (!job) throw new ApiError('not_found', id);
    if (job.view.state !== 'ready' || !job.build) throw new ApiError('conflict', job.view.state);
    const build = job.build;
    job.build = null;
    job.files = [];
    job.view = { ...job.view, state: 'committed' };
    return build;
  }

  cancel(id: string): void {
    const job = this.jobs.get(id);
    if (!job) return;
    void job.worker?.terminate();
    job.view = { ...job.view, state: 'cancelled' };
    job.build = null;
    job.files = [];
    job.touchedAt = Date.now();
  }

  close(): void {
    for (const job of this.jobs.values()) void job.worker?.terminate();
    this.jobs.clear();
  }

  private previews(build: CorpusBuild, fileIndexOf: Record<string, number>): ImportPreview[] {
    const sourceOf = new Map<string, string[]>();
    for (const p of build.passages) sourceOf.set(p.id, [...new Set(p.occurrences.map((o) => o.sourceId))]);
    return build.sources.map((source, index) => {
      const works = build.works.filter((w) => w.sourceId === source.id);
      const passages = build.passages.filter((p) => p.occurrences.some((o) => o.sourceId === source.id));
      const known = passages.filter((p) => this.known.has(p.id));
      // Every passage already in the library, or in a file read before this one: a copy of it.
      const earlier = build.sources.slice(0, index).find((s) => passages.length > 0 && passages.every((p) => sourceOf.get(p.id)?.includes(s.id)));
      const imported = this.known.importedTitle(source.id);
      const duplicateOf =
        imported ?? (passages.length > 0 && known.length === passages.length ? this.known.sourceTitleOf(passages.map((p) => p.id)) : (earlier?.title ?? null));
      return {
        index,
        fileIndex: fileIndexOf[source.id] ?? index,
        fileName: source.fileName,
        title: source.title,
        site: source.site,
        date: source.date,
        url: source.url,
        author: source.author,
        works: works.map((w) => ({ title: w.title, passages: passages.filter((p) => p.occurrences.some((o) => o.workId === w.id)).length })),
        samplePassages: passages.slice(0, PREVIEW_PASSAGES).map((p) => ({ text: p.text, kind: p.kind, themes: p.themes, incomplete: p.incomplete, flags: p.flags })),
        alreadyInLibrary: known.length,
        duplicateOf,
        alreadyImported: imported !== null,
        kind: kindOf(source),
        traditional: source.traditional ?? false,
        simplified: source.simplified ?? false,
        extraction: source.extraction ?? null,
      };
    });
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      if (job.view.state !== 'running' && now - job.touchedAt > JOB_TTL_MS) this.jobs.delete(id);
    }
  }
}

function emptyView(id: string): ImportJob {
  return { id, state: 'staged', progress: 0, step: 'read', fileIndex: 0, fileCount: 0, error: null, previews: null, stats: null, refused: [] };
}

export function statsOf(build: CorpusBuild): ImportStats {
  const s = build.stats;
  return {
    works: s?.works ?? build.works.length,
    passages: s?.passages ?? build.passages.length,
    linesRemoved: s?.linesRemoved ?? 0,
    chunksRejoined: s?.chunksRejoined ?? 0,
    duplicatesMerged: s?.duplicatesMerged ?? 0,
    incomplete: s?.incomplete ?? build.passages.filter((p) => p.incomplete).length,
  };
}

function defaultWorkerFile(): string | null {
  // Bundled beside the service bundle (dist/cli.cjs, dist/electron/main.cjs → dist/import-worker.cjs).
  for (const candidate of [path.join(__dirname, 'import-worker.cjs'), path.join(__dirname, '..', 'import-worker.cjs')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}
