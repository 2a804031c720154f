import { useRef } from 'react';
import { diffChars } from '../../../../electron/shared/text/diffChars';
import { passageAsInserted } from '../../../../electron/shared/text/passageAsInserted';
import { rewriteDegree } from '../../../../electron/shared/text/rewriteDegree';
import { t } from '../../../../electron/shared/i18n/translate';
import { useDialogFocus } from '../layout/useDialogFocus';

/** An adaptation beside its passage: deletions marked in the source, additions in the rewrite. */
export function ComparePassage({ source: passage, rewrite, onClose }: { source: string; rewrite: string; onClose: () => void }) {
  // The passage as the writer was given it (the same figure as the 改写度 badge beside the adaptation).
  const source = passageAsInserted(passage, rewrite);
  const ops = diffChars(source, rewrite);
  const percent = Math.round(rewriteDegree(source, rewrite) * 100);
  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box, onClose);
  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-label={t('compare.title')} data-testid="compare-view">
      <div className="modal modal-wide compare" ref={box} tabIndex={-1}>
        <header className="modal-header">
          <div>
            <h2>
              {t('compare.title')} · {t('passage.degree', { n: percent })}
            </h2>
            <p className="muted">{t('compare.legend')}</p>
          </div>
          <button type="button" onClick={onClose}>
            {t('viewer.close')}
          </button>
        </header>
        <div className="viewer-columns">
          <section className="viewer-raw">
            <h3>{t('compare.source')}</h3>
            <p className="compare-text">
              {ops.map((o, i) => (o.op === 'add' ? null : o.op === 'del' ? <del key={i}>{o.text}</del> : <span key={i}>{o.text}</span>))}
            </p>
          </section>
          <section className="viewer-raw">
            <h3>{t('compare.rewrite')}</h3>
            <p className="compare-text">
              {ops.map((o, i) => (o.op === 'del' ? null : o.op === 'add' ? <ins key={i}>{o.text}</ins> : <span key={i}>{o.text}</span>))}
            </p>
          </section>
        </div>
      </div>
    </div>
  );
}
