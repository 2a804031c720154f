import { useEffect, useState } from 'react';
import type { ImportJob, ImportPreview, ImportSummary } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import type { SourceKind } from '../../../../electron/shared/library/sourceKinds';
import { useApi } from '../../api/apiContext';
import { SourceKindSelect } from './SourceKindSelect';
import { readFileAsBase64 } from './readFileAsBase64';
import { ModalFrame } from '../layout/ModalFrame';

const POLL_MS = 250;

type Meta = { title: string; site: string; date: string; url: string; kind: SourceKind | null };

/** Import: upload → progress → preview with editable source facts → save → summary. Nothing is saved before "保存". */
export function ImportDialog({ files, onClose, onImported }: { files: File[]; onClose: () => void; onImported: () => void }) {
  const api = useApi();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [metas, setMetas] = useState<Meta[]>([]);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let jobId: string | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const poll = async () => {
      if (!jobId || cancelled) return;
      try {
        const now = await api.getImportJob({ jobId });
        if (cancelled) return;
        setJob(now);
        if (now.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
        else if (now.state === 'ready' && now.previews) setMetas(now.previews.map(toMeta));
        else if (now.state === 'failed') setError(now.error?.detail ?? now.error?.code ?? '');
      } catch (err) {
        if (!cancelled) setError(err instanceof Error ? err.message : String(err));
      }
    };
    (async () => {
      try {
        const payload = await Promise.all(files.map(async (f) => ({ name: f.name, dataBase64: await readFileAsBase64(f) })));
        if (cancelled) return;
        const started = await api.previewImport({ files: payload });
        jobId = started.id;
        setJob(started);
        void poll();
      } catch (err) {
        if (!cancelled) setError(err instanceof Error ? err.message : String(err));
      }
    })();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      if (jobId) void api.cancelImport({ jobId }).catch(() => undefined);
    };
  }, [api, files]);

  const save = async () => {
    if (!job) return;
    setSaving(true);
    try {
      const result = await api.commitImport({
        jobId: job.id,
        sources: metas.map((m, index) => ({ index, title: m.title.trim() || (job.previews?.[index]?.fileName ?? ''), site: m.site.trim() || null, date: m.date.trim() || null, url: m.url.trim() || null, kind: m.kind })),
      });
      setSummary(result);
      onImported();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <ModalFrame label={t('import.title')} heading={summary ? t('import.done') : t('import.title')} testId="import-dialog" onClose={onClose} closeLabel={t('viewer.close')}>
        {error && (
          <p className="error-text" role="alert">
            {t('import.failed', { message: error })}
          </p>
        )}
        {!error && job?.state === 'running' && (
          <div className="progress-block" data-testid="import-progress">
            <p>{job.step === 'read' ? t('import.reading', { i: job.fileIndex + 1, n: job.fileCount }) : t('import.cleaning')}</p>
            <progress max={1} value={job.progress} />
          </div>
        )}
        {!error && !job && <progress />}
        {summary && (
          <div data-testid="import-summary">
            <p>{summary.sources.map((s) => s.title).join(t('common.enumSeparator'))}</p>
            <p>
              {t('import.summary', {
                works: summary.works,
                passages: summary.passages,
                lines: summary.linesRemoved,
                chunks: summary.chunksRejoined,
                dupes: summary.duplicatesMerged,
                incomplete: summary.incomplete,
              })}
            </p>
            <footer className="modal-footer">
              <button type="button" className="primary" onClick={onClose}>
                {t('import.close')}
              </button>
            </footer>
          </div>
        )}
        {!summary && job?.state === 'ready' && job.previews && (
          <>
            <p className="muted">{t('import.previewHint')}</p>
            {job.previews.map((preview, i) => (
              <PreviewCard key={preview.index} preview={preview} meta={metas[i] ?? toMeta(preview)} onChange={(m) => setMetas((all) => all.map((x, k) => (k === i ? m : x)))} />
            ))}
            <footer className="modal-footer">
              <button type="button" onClick={onClose}>
                {t('import.cancel')}
              </button>
              <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
                {t('import.save')}
              </button>
            </footer>
          </>
        )}
    </ModalFrame>
  );
}

function toMeta(p: ImportPreview): Meta {
  return { title: p.title, site: p.site ?? '', date: p.date ?? '', url: p.url ?? '', kind: null };
}

function PreviewCard({ preview, meta, onChange }: { preview: ImportPreview; meta: Meta; onChange: (m: Meta) => void }) {
  const field = (key: Exclude<keyof Meta, 'kind'>, label: string) => (
    <label className="form-row">
      <span>{label}</span>
      <input value={meta[key]} maxLength={key === 'title' ? 200 : 500} onChange={(e) => onChange({ ...meta, [key]: e.target.value })} data-testid={`import-${key}`} />
    </label>
  );
  return (
    <section className="preview-card" data-testid="import-preview">
      <p className="muted">{preview.fileName}</p>
      {field('title', t('import.fieldTitle'))}
      {field('site', t('import.fieldSite'))}
      {field('date', t('import.fieldDate'))}
      {field('url', t('import.fieldUrl'))}
      <label className="form-row">
        <span>{t('sourceKind.label')}</span>
        <SourceKindSelect value={meta.kind} auto onChange={(kind) => onChange({ ...meta, kind })} testId="import-kind" />
      </label>
      <p>{t('import.works', { n: preview.works.length })}</p>
      <ul className="preview-works">
        {preview.works.map((w, i) => (
          <li key={i}>
            {t('import.workPassages', { title: w.title, n: w.passages })}
          </li>
        ))}
      </ul>
      {preview.alreadyInLibrary > 0 && <p className="muted">{t('import.already', { n: preview.alreadyInLibrary })}</p>}
      <details>
        <summary>{t('import.samples', { n: preview.samplePassages.length })}</summary>
        <ol className="preview-samples">
          {preview.samplePassages.map((p, i) => (
            <li key={i}>
              <span className="kind-tag">{p.kind}</span> {p.text}
              {p.incomplete && <span className="kind-tag warn">{t('library.incomplete')}</span>}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
