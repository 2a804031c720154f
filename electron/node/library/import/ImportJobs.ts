import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ApiError, toErrorPayload, type ApiErrorPayload } from '../../../shared/api/ApiError';
import type { ImportJob, ImportPreview, ImportStats } from '../../../shared/api/apiTypes';
import type { CorpusBuild, RawSourceFile } from '../pipeline/corpusTypes';
import { runImport, type ImportProgress, type ImportRun } from './runImport';

const PREVIEW_PASSAGES = 20;
/** A finished preview waits this long for the user to confirm it, then its memory is freed. */
const JOB_TTL_MS = 30 * 60 * 1000;

interface Job {
  view: ImportJob;
  build: CorpusBuild | null;
  worker: Worker | null;
  finishedAt: number | null;
}

/**
 * Import jobs: the pipeline runs in a worker thread when the bundled worker exists (the built app),
 * otherwise in-process (unit tests run from TypeScript sources). Nothing is saved until commit.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly isKnownPassage: (id: string) => boolean,
    private readonly workerFile: string | null = defaultWorkerFile(),
  ) {}

  start(files: RawSourceFile[]): ImportJob {
    this.sweep();
    const id = randomUUID();
    const job: Job = {
      view: { id, state: 'running', progress: 0, step: 'read', fileIndex: 0, fileCount: files.length, error: null, previews: null, stats: null, refused: [] },
      build: null,
      worker: null,
      finishedAt: null,
    };
    this.jobs.set(id, job);
    const onProgress = (p: ImportProgress) => {
      if (job.view.state === 'running') Object.assign(job.view, p);
    };
    const onDone = ({ build, refused }: ImportRun) => {
      if (job.view.state !== 'running') return;
      job.build = build;
      const refusedFiles = refused.map((r) => ({ fileName: r.fileName, error: r.error }));
      job.view = { ...job.view, state: 'ready', progress: 1, step: 'done', previews: this.previews(build), stats: statsOf(build), refused: refusedFiles };
      job.finishedAt = Date.now();
    };
    const onError = (error: ApiErrorPayload) => {
      if (job.view.state !== 'running') return;
      job.view = { ...job.view, state: 'failed', error };
      job.finishedAt = Date.now();
    };
    if (this.workerFile) {
      const worker = new Worker(this.workerFile, { workerData: { files } });
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
      void runImport(files, onProgress).then(onDone, (err: unknown) => onError(toErrorPayload(err)));
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
    job.view = { ...job.view, state: 'committed' };
    return build;
  }

  cancel(id: string): void {
    const job = this.jobs.get(id);
    if (!job) return;
    void job.worker?.terminate();
    job.view = { ...job.view, state: 'cancelled' };
    job.build = null;
    job.finishedAt = Date.now();
  }

  close(): void {
    for (const job of this.jobs.values()) void job.worker?.terminate();
    this.jobs.clear();
  }

  private previews(build: CorpusBuild): ImportPreview[] {
    return build.sources.map((source, index) => {
      const works = build.works.filter((w) => w.sourceId === source.id);
      const passages = build.passages.filter((p) => p.occurrences.some((o) => o.sourceId === source.id));
      return {
        index,
        fileName: source.fileName,
        title: source.title,
        site: source.site,
        date: source.date,
        url: source.url,
        works: works.map((w) => ({ title: w.title, passages: passages.filter((p) => p.occurrences.some((o) => o.workId === w.id)).length })),
        samplePassages: passages.slice(0, PREVIEW_PASSAGES).map((p) => ({ text: p.text, kind: p.kind, themes: p.themes, incomplete: p.incomplete, flags: p.flags })),
        alreadyInLibrary: passages.filter((p) => this.isKnownPassage(p.id)).length,
      };
    });
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.finishedAt !== null && now - job.finishedAt > JOB_TTL_MS) this.jobs.delete(id);
  }
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
