import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Editor } from '@tiptap/core';
import { MIN_RUN_MAX, MIN_RUN_MIN } from '../../../../electron/shared/check/checkParams';
import type { CheckParagraph, CheckSpan } from '../../../../electron/shared/check/checkTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { checkMarksKey, type CheckMarksStorage, type PlacedSpan } from '../../editor/checkMarks';
import { docTextPositions } from '../../../../electron/shared/doc/docTextPositions';
import { editorDocText } from '../../editor/editorDocText';
import { useApi } from '../../api/apiContext';
import { ComparePassage } from '../passages/ComparePassage';
import { todayIso } from '../passages/todayIso';
import { CheckFigures } from './CheckFigures';
import { CheckHoverCard } from './CheckHoverCard';
import { CheckReport } from './CheckReport';
import { formatRatio } from '../../../../electron/shared/check/formatRatio';
import { OwnStandardPhrases } from './OwnStandardPhrases';
import { ParagraphBars } from './ParagraphBars';
import { SourceChart } from './SourceChart';
import { useCheckRunner } from './useCheckRunner';
import './check.css';

const HIDE_DELAY_MS = 300;

/** Where a span of the last result is now (its colour moves with the text), or null once edited away. */
function placedOf(editor: Editor, span: CheckSpan): PlacedSpan | null {
  const found = checkMarksKey.getState(editor.state)?.decorations.find().find((d) => (d.spec as { span: CheckSpan }).span === span);
  return found ? { span, from: found.from, to: found.to } : null;
}

/**
 * 查重与引用核查: runs the check, shows the figures and charts, colours the borrowed words in the
 * editor, and offers the fixes (cite as a quotation, make an adaptation, compare) on each of them.
 */
export function CheckPanel({ editor, title, documentId, onClose }: { editor: Editor; title: string; documentId?: string; onClose: () => void }) {
  const api = useApi();
  const runner = useCheckRunner(editor, documentId);
  const { result } = runner;
  const [hover, setHover] = useState<{ placed: PlacedSpan; rect: DOMRect } | null>(null);
  const [comparing, setComparing] = useState<{ source: string; rewrite: string } | null>(null);
  const [printing, setPrinting] = useState(false);
  const [actionError, setActionError] = useState('');
  // Bumped when a span is set as standard from its hover card: the list below reads the phrases again.
  const [phrasesChanged, setPhrasesChanged] = useState(0);
  const [checkedAt, setCheckedAt] = useState(() => new Date());
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const passages = useMemo(() => new Map((result?.passages ?? []).map((p) => [p.id, p])), [result]);

  const run = runner.run;
  useEffect(() => {
    run();
    // Opening the panel checks once; later runs are asked for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => setCheckedAt(new Date()), [result]);

  useEffect(() => {
    const storage = (editor.storage as unknown as { checkMarks: CheckMarksStorage }).checkMarks;
    storage.onHover = (placed, rect) => {
      if (hideTimer.current) clearTimeout(hideTimer.current);
      if (placed && rect) setHover({ placed, rect });
      else hideTimer.current = setTimeout(() => setHover(null), HIDE_DELAY_MS);
    };
    return () => {
      storage.onHover = null;
      if (hideTimer.current) clearTimeout(hideTimer.current);
      if (!editor.isDestroyed) editor.commands.clearCheckMarks();
    };
  }, [editor]);

  useEffect(() => {
    if (!printing) return;
    document.body.classList.add('printing-check');
    const done = () => {
      document.body.classList.remove('printing-check');
      setPrinting(false);
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    // Chromium's print() returns once the page is laid out for printing; some hosts never send afterprint.
    const fallback = setTimeout(done, 1000);
    return () => {
      clearTimeout(fallback);
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('printing-check');
    };
  }, [printing]);

  const fix = (placed: PlacedSpan, how: 'cite' | 'adapt') => {
    const now = placedOf(editor, placed.span) ?? placed;
    const { span } = placed;
    const passage = passages.get(span.passageId);
    const chain = editor.chain().focus();
    if (how === 'cite') {
      // A quotation holds the passage's own words (the check matched them across width and punctuation).
      const words = passage ? passage.text.slice(span.passageFrom, span.passageTo) : span.text;
      chain.citeCheckSpan({ from: now.from, to: now.to, passageId: span.passageId, text: words, citedOn: todayIso() }).run();
    } else chain.adaptCheckSpan({ from: now.from, to: now.to, passageId: span.passageId, citedOn: todayIso() }).run();
    setHover(null);
    run();
  };

  const compare = (placed: PlacedSpan) => {
    const passage = passages.get(placed.span.passageId);
    if (passage) setComparing({ source: passage.text, rewrite: placed.span.text });
  };

  const markStandard = (span: CheckSpan) => {
    setHover(null);
    api
      .getStandardPhrases({})
      .then((lists) => api.saveStandardPhrases({ own: [...lists.own, span.text.trim()] }))
      .then(
        () => {
          setActionError('');
          setPhrasesChanged((n) => n + 1);
          run();
        },
        // Said where the check's own errors are: the words stay counted until it is saved.
        (err: unknown) => setActionError(err instanceof Error ? err.message : String(err)),
      );
  };

  const goTo = (p: CheckParagraph) => {
    const map = docTextPositions(editorDocText(editor.state.doc));
    if (p.start > map.length) return;
    editor.chain().focus().setTextSelection(map.from(p.start)).scrollIntoView().run();
  };

  const uncited = result?.spans.filter((s) => s.status === 'uncited') ?? [];
  const progress = runner.progress;

  return (
    <aside className="check-panel" data-testid="check-panel" aria-label={t('check.title')}>
      <header className="check-panel-header">
        <h2>{t('check.title')}</h2>
        <button type="button" className="small" onClick={onClose}>
          {t('check.close')}
        </button>
      </header>
      <div className="check-controls">
        <label>
          {t('check.minRun')}
          <select value={runner.minRun} onChange={(e) => runner.setMinRun(Number(e.target.value))} data-testid="check-min-run">
            {Array.from({ length: MIN_RUN_MAX - MIN_RUN_MIN + 1 }, (_, i) => MIN_RUN_MIN + i).map((n) => (
              <option key={n} value={n}>
                {t('check.chars', { n })}
              </option>
            ))}
          </select>
        </label>
        <label className="check-auto">
          <input type="checkbox" checked={runner.auto} onChange={(e) => runner.setAuto(e.target.checked)} data-testid="check-auto" />
          {t('check.auto')}
        </label>
        <label className="check-auto">
          <input type="checkbox" checked={runner.others} onChange={(e) => runner.setOthers(e.target.checked)} data-testid="check-others" />
          {t('check.others')}
        </label>
        <button type="button" className="primary small" onClick={run} disabled={runner.running} data-testid="check-run">
          {result ? t('check.rerun') : t('check.run')}
        </button>
      </div>
      {runner.running && (
        <div className="check-progress" data-testid="check-progress">
          <progress max={1} value={progress?.progress ?? undefined} />
          <span className="muted">{progress?.state === 'indexing' ? t('check.indexing', { n: Math.round(progress.progress * 100) }) : t('check.running')}</span>
        </div>
      )}
      {runner.error && <p className="error-text" role="alert">{runner.error}</p>}
      {actionError && <p className="error-text" role="alert">{actionError}</p>}
      <OwnStandardPhrases version={phrasesChanged} onChanged={run} />
      {result && (
        <div className="check-body" data-testid="check-result" aria-busy={runner.running}>
          {runner.stale && !runner.running && <p className="muted check-stale">{t('check.stale')}</p>}
          <CheckFigures result={result} />
          {result.standardChars > 0 && <p className="muted" data-testid="check-standard-note">{t('check.standardCount', { n: result.standardChars })}</p>}
          <ul className="check-legend">
            <li><span className="check-swatch check-quoted" />{t('check.legend.quoted')}</li>
            <li><span className="check-swatch check-adapted" />{t('check.legend.adapted')}</li>
            <li><span className="check-swatch check-uncited" />{t('check.legend.uncited')}</li>
            <li><span className="check-swatch check-standard" />{t('check.legend.standard')}</li>
          </ul>
          {result.chars === 0 ? (
            <p className="muted">{t('check.empty')}</p>
          ) : result.spans.length === 0 ? (
            <p className="muted" data-testid="check-none">{t('check.none', { n: result.minRun })}</p>
          ) : (
            <>
              <h3>{t('check.sources')}</h3>
              <SourceChart sources={result.sources} total={result.chars} />
              <h3>{t('check.paragraphs')}</h3>
              <ParagraphBars paragraphs={result.paragraphs} onSelect={goTo} />
              {uncited.length > 0 && (
                <>
                  <h3>{t('check.uncitedList', { n: uncited.length })}</h3>
                  <ul className="check-uncited-list" data-testid="check-uncited-list">
                    {uncited.slice(0, 50).map((s, i) => {
                      const placed = () => placedOf(editor, s);
                      return (
                        <li key={`${s.start}-${i}`}>
                          <span className="check-uncited-text" data-testid="check-uncited-text">{t('common.quoted', { text: s.text.length > 40 ? `${s.text.slice(0, 39)}…` : s.text })}</span>
                          <span className="muted check-uncited-source" data-testid="check-uncited-source">{s.sourceTitle || t('check.unknownSource')} · {formatRatio(result.chars ? s.chars / result.chars : 0)}</span>
                          <span className="check-uncited-actions" hidden={s.fromDocument}>
                            <button type="button" className="small" onClick={() => { const p = placed(); if (p) fix(p, 'cite'); }}>{t('check.cite')}</button>
                            <button type="button" className="small" onClick={() => { const p = placed(); if (p) fix(p, 'adapt'); }}>{t('check.adapt')}</button>
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </>
          )}
          <p className="muted check-summary">{t('check.summary', { n: result.libraryPassages, ms: Math.round(result.ms) })}</p>
          <button type="button" className="small" onClick={() => setPrinting(true)} data-testid="check-print">
            {t('check.print')}
          </button>
        </div>
      )}
      {hover && (
        <CheckHoverCard
          placed={hover.placed}
          rect={hover.rect}
          passage={passages.get(hover.placed.span.passageId)}
          onCite={() => fix(hover.placed, 'cite')}
          onAdapt={() => fix(hover.placed, 'adapt')}
          onCompare={() => compare(hover.placed)}
          onMarkStandard={() => markStandard(hover.placed.span)}
          onEnter={() => hideTimer.current && clearTimeout(hideTimer.current)}
          onLeave={() => (hideTimer.current = setTimeout(() => setHover(null), HIDE_DELAY_MS))}
        />
      )}
      {comparing && <ComparePassage source={comparing.source} rewrite={comparing.rewrite} onClose={() => setComparing(null)} />}
      {printing && result && createPortal(<div className="check-print"><CheckReport result={result} title={title} checkedAt={checkedAt} /></div>, document.body)}
    </aside>
  );
}
