import { useEffect, useState } from 'react';
import type { ImportJob, ImportPreview, ImportSummary } from '../../../../electron/shared/api/apiTypes';
import { describeError } from '../../../../electron/shared/api/describeError';
import { t } from '../../../../electron/shared/i18n/translate';
import type { SourceKind } from '../../../../electron/shared/library/sourceKinds';
import { useApi } from '../../api/apiContext';
import { SourceKindSelect } from './SourceKindSelect';
import { ModalFrame } from '../layout/ModalFrame';
import type { PickedFile } from './collectDroppedFiles';
import { stageInBatches } from './stageInBatches';

const POLL_MS = 250;

/** The facts of a source the writer confirms or corrects before saving. */
export type SourceFacts = { title: string; author: string; site: string; date: string; url: string; kind: SourceKind | null };

type Phase = { step: 'sending'; sent: number } | { step: 'reading'; job: ImportJob } | { step: 'preview'; job: ImportJob } | { step: 'saved'; summary: ImportSummary };

/**
 * Import: send the files (a folder's in several requests) → read and clean them (progress) → a preview
 * of each file with its facts editable, the files that could not be read and why, the copies of what
 * the library already holds → save → summary. Nothing is saved before "保存".
 */
export function ImportDialog({ files, skipped = 0, preset, onClose, onImported }: { files: PickedFile[]; skipped?: number; preset?: Partial<SourceFacts>; onClose: () => void; onImported: () => void }) {
  const api = useApi();
  const [phase, setPhase] = useState<Phase>({ step: 'sending', sent: 0 });
  const [error, setError] = useState<string | null>(null);
  /** The facts of each file as the writer confirmed or corrected them, by the file's place in the import. */
  const [facts, setFacts] = useState<Record<number, SourceFacts>>({});
  const [saving, setSaving] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  /** Files of traditional pages the writer keeps in traditional characters (they are offered simplified). */
  const [keepTraditional, setKeepTraditional] = useState<number[]>([]);

  // Send the files once; the batch is then read (again, when the writer changes how a file is cleaned).
  useEffect(() => {
    let cancelled = false;
    let id: string | null = null;
    void (async () => {
      try {
        id = await stageInBatches(api, files, (sent) => !cancelled && setPhase({ step: 'sending', sent }), () => cancelled);
        if (id && !cancelled) setJobId(id);
      } catch (err) {
        if (!cancelled) setError(err instanceof Error ? err.message : String(err));
      }
    })();
    return () => {
      cancelled = true;
      if (id) void api.cancelImport({ jobId: id }).catch(() => undefined);
    };
  }, [api, files]);

  useEffect(() => {
    if (!jobId) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const poll = async () => {
      try {
        const now = await api.getImportJob({ jobId });
        if (cancelled) return;
        if (now.state === 'running') {
          setPhase({ step: 'reading', job: now });
          timer = setTimeout(() => void poll(), POLL_MS);
        } else if (now.state === 'ready' && now.previews) {
          const previews = now.previews;
          // What the writer already typed for a file stays when it is read again.
          setFacts((kept) => Object.fromEntries(previews.map((p) => [p.fileIndex, kept[p.fileIndex] ?? factsOf(p, preset)])));
          setPhase({ step: 'preview', job: now });
        } else if (now.state === 'failed') {
          setError(describeError(now.error ?? { code: 'internal' }));
          setPhase({ step: 'preview', job: now });
        }
      } catch (err) {
        if (!cancelled) setError(err instanceof Error ? err.message : String(err));
      }
    };
    api.previewImport({ jobId, keepTraditional }).then(
      (started) => {
        if (cancelled) return;
        setPhase({ step: 'reading', job: started });
        void poll();
      },
      (err: unknown) => !cancelled && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [api, jobId, keepTraditional, preset]);

  const save = async (job: ImportJob) => {
    setSaving(true);
    try {
      const nullable = (s: string) => s.trim() || null;
      const summary = await api.commitImport({
        jobId: job.id,
        sources: (job.previews ?? []).map((p) => {
          const f = facts[p.fileIndex] ?? factsOf(p, preset);
          return { index: p.index, title: f.title.trim() || p.fileName, author: nullable(f.author), site: nullable(f.site), date: nullable(f.date), url: nullable(f.url), kind: f.kind };
        }),
      });
      setPhase({ step: 'saved', summary });
      onImported();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  const job = phase.step === 'reading' || phase.step === 'preview' ? phase.job : null;
  const previews = phase.step === 'preview' ? (phase.job.previews ?? []) : [];
  const refused = job?.refused ?? [];
  return (
    <ModalFrame label={t('import.title')} heading={phase.step === 'saved' ? t('import.done') : t('import.title')} testId="import-dialog" className="import-dialog" onClose={onClose} closeLabel={t('viewer.close')}>
      {error && (
        <p className="error-text" role="alert">
          {t('import.failed', { message: error })}
        </p>
      )}
      {!error && phase.step === 'sending' && (
        <div className="progress-block" data-testid="import-progress">
          <p>{t('import.sending', { i: phase.sent, n: files.length })}</p>
          <progress max={files.length} value={phase.sent} />
        </div>
      )}
      {!error && phase.step === 'reading' && (
        <div className="progress-block" data-testid="import-progress">
          <p>{phase.job.step === 'read' ? t('import.reading', { i: phase.job.fileIndex + 1, n: phase.job.fileCount }) : t('import.cleaning')}</p>
          <progress max={1} value={phase.job.progress} />
        </div>
      )}
      {phase.step === 'saved' && (
        <div data-testid="import-summary">
          {phase.summary.sources.length > 0 && <p>{t('import.savedSources', { titles: phase.summary.sources.map((s) => `《${s.title}》`).join(t('common.enumSeparator')) })}</p>}
          {phase.summary.alreadyImported.length > 0 && <p className="muted">{t('import.alreadyImported', { titles: phase.summary.alreadyImported.map((s) => `《${s.title}》`).join(t('common.enumSeparator')) })}</p>}
          <p>
            {t('import.summary', {
              works: phase.summary.works,
              passages: phase.summary.passages,
              lines: phase.summary.linesRemoved,
              chunks: phase.summary.chunksRejoined,
              dupes: phase.summary.duplicatesMerged,
              incomplete: phase.summary.incomplete,
            })}
          </p>
          <footer className="modal-footer">
            <button type="button" className="primary" onClick={onClose}>
              {t('import.close')}
            </button>
          </footer>
        </div>
      )}
      {phase.step === 'preview' && (
        <>
          <p className="muted" data-testid="import-tally">
            {t('import.tally', { ok: previews.length, refused: refused.length, copies: previews.filter((p) => p.duplicateOf).length })}
            {skipped > 0 && ` ${t('import.skipped', { n: skipped })}`}
          </p>
          {refused.length > 0 && (
            <ul className="import-refused" data-testid="import-refused">
              {refused.map((r, i) => (
                <li key={i} className="error-text">
                  {describeError(r.error)}
                </li>
              ))}
            </ul>
          )}
          {previews.length > 0 && <p className="muted">{t('import.previewHint')}</p>}
          {previews.map((preview) => (
            <PreviewCard
              key={preview.fileIndex}
              preview={preview}
              facts={facts[preview.fileIndex] ?? factsOf(preview, preset)}
              open={previews.length <= 3}
              onChange={(f) => setFacts((all) => ({ ...all, [preview.fileIndex]: f }))}
              simplify={!keepTraditional.includes(preview.fileIndex)}
              onSimplify={(simplify) => setKeepTraditional((keep) => (simplify ? keep.filter((k) => k !== preview.fileIndex) : [...keep, preview.fileIndex]))}
            />
          ))}
          <footer className="modal-footer">
            <button type="button" onClick={onClose}>
              {t('import.cancel')}
            </button>
            {previews.length > 0 && (
              <button type="button" className="primary" disabled={saving || !jobId} onClick={() => void save(phase.job)}>
                {previews.length > 1 ? t('import.saveAll', { n: previews.length }) : t('import.save')}
              </button>
            )}
          </footer>
        </>
      )}
    </ModalFrame>
  );
}

function factsOf(p: ImportPreview, preset?: Partial<SourceFacts>): SourceFacts {
  // The kind is left to the guess (made again when saving, from the facts as corrected) unless chosen.
  const stated = { title: p.title, author: p.author ?? '', site: p.site ?? '', date: p.date ?? '', url: p.url ?? '', kind: null };
  // What the writer typed when pasting wins over what the text seemed to say.
  const given = Object.fromEntries(Object.entries(preset ?? {}).filter(([, v]) => typeof v === 'string' && v.trim())) as Partial<SourceFacts>;
  return { ...stated, ...given, kind: preset?.kind ?? stated.kind };
}

const FIELDS: Array<{ key: Exclude<keyof SourceFacts, 'kind'>; label: Parameters<typeof t>[0]; max: number; hint?: Parameters<typeof t>[0] }> = [
  { key: 'title', label: 'import.fieldTitle', max: 200 },
  { key: 'author', label: 'import.fieldAuthor', max: 500, hint: 'import.fieldAuthorHint' },
  { key: 'site', label: 'import.fieldSite', max: 500, hint: 'import.fieldSiteHint' },
  { key: 'date', label: 'import.fieldDate', max: 500, hint: 'import.fieldDateHint' },
  { key: 'url', label: 'import.fieldUrl', max: 500 },
];

function PreviewCard({ preview, facts, open, simplify, onChange, onSimplify }: { preview: ImportPreview; facts: SourceFacts; open: boolean; simplify: boolean; onChange: (f: SourceFacts) => void; onSimplify: (simplify: boolean) => void }) {
  return (
    <section className="preview-card" data-testid="import-preview" data-file={preview.fileName}>
      <p className="muted preview-file">
        {preview.fileName}
        {preview.extraction === 'wechat' && <span className="kind-tag">{t('import.extraction.wechat')}</span>}
        {preview.extraction === 'page' && <span className="kind-tag warn">{t('import.extraction.page')}</span>}
      </p>
      {preview.alreadyImported ? (
        <p className="import-note" data-testid="import-duplicate">{t('import.importedBefore', { title: preview.duplicateOf ?? '' })}</p>
      ) : (
        preview.duplicateOf && <p className="import-note" data-testid="import-duplicate">{t('import.copyOf', { title: preview.duplicateOf })}</p>
      )}
      {preview.traditional && (
        <label className="import-note" data-testid="import-simplify">
          <input type="checkbox" checked={simplify} onChange={(e) => onSimplify(e.target.checked)} /> {t('import.simplify')}
        </label>
      )}
      <div className="fact-grid">
        {FIELDS.map((f) => (
          <label key={f.key} className={f.key === 'title' || f.key === 'url' ? 'form-row wide' : 'form-row'}>
            <span>{t(f.label)}</span>
            <input value={facts[f.key]} maxLength={f.max} placeholder={f.hint ? t(f.hint) : undefined} onChange={(e) => onChange({ ...facts, [f.key]: e.target.value })} data-testid={`import-${f.key}`} />
          </label>
        ))}
        <label className="form-row">
          <span>{t('sourceKind.label')}</span>
          <SourceKindSelect value={facts.kind} auto autoLabel={t('import.kindGuess', { kind: t(`sourceKind.${preview.kind}`) })} onChange={(kind) => onChange({ ...facts, kind })} testId="import-kind" />
        </label>
      </div>
      <details open={open}>
        <summary>
          {t('import.works', { n: preview.works.length })} {preview.works.map((w) => t('import.workPassages', { title: w.title, n: w.passages })).join(t('common.enumSeparator'))}
        </summary>
        {preview.alreadyInLibrary > 0 && <p className="muted">{t('import.already', { n: preview.alreadyInLibrary })}</p>}
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
