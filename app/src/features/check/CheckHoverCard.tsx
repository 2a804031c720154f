import type { CheckPassage } from '../../../../electron/shared/check/checkTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import type { PlacedSpan } from '../../editor/checkMarks';

export interface CheckHoverCardProps {
  placed: PlacedSpan;
  rect: DOMRect;
  passage: CheckPassage | undefined;
  onCite: () => void;
  onAdapt: () => void;
  onCompare: () => void;
  /** Adds the span's words to the writer's 规范表述. */
  onMarkStandard: () => void;
  onEnter: () => void;
  onLeave: () => void;
}

const CONTEXT = 40;

/** The passage a borrowed span came from, its words marked, with the three ways to deal with it. */
export function CheckHoverCard({ placed, rect, passage, onCite, onAdapt, onCompare, onMarkStandard, onEnter, onLeave }: CheckHoverCardProps) {
  const { span } = placed;
  const text = passage?.text ?? '';
  const from = Math.max(0, span.passageFrom - CONTEXT);
  const to = Math.min(text.length, span.passageTo + CONTEXT);
  const top = Math.min(rect.bottom + 6, window.innerHeight - 260);
  const left = Math.min(Math.max(8, rect.left), window.innerWidth - 400);
  return (
    <div className={`check-card check-card-${span.status}`} data-testid="check-card" role="dialog" aria-label={t('check.cardTitle')} style={{ top, left }} onMouseEnter={onEnter} onMouseLeave={onLeave}>
      <div className="check-card-status">{span.fromDocument ? t('check.fromDocument') : t(`check.status.${span.status}`)}</div>
      <div className="check-card-source" data-testid="check-card-source">
        {span.sourceTitle || t('check.unknownSource')}
        {passage?.workTitle && passage.workTitle !== span.sourceTitle ? ` · ${passage.workTitle}` : ''}
      </div>
      {passage && (
        <p className="check-card-passage">
          {from > 0 ? '…' : ''}
          {text.slice(from, span.passageFrom)}
          <mark>{text.slice(span.passageFrom, span.passageTo)}</mark>
          {text.slice(span.passageTo, to)}
          {to < text.length ? '…' : ''}
        </p>
      )}
      <div className="check-card-actions">
        {span.status !== 'quoted' && span.status !== 'standard' && !span.fromDocument && (
          <button type="button" className="primary small" data-testid="check-cite" onMouseDown={(e) => e.preventDefault()} onClick={onCite}>
            {t('check.cite')}
          </button>
        )}
        {span.status === 'uncited' && !span.fromDocument && (
          <button type="button" className="small" data-testid="check-mark-standard" onMouseDown={(e) => e.preventDefault()} onClick={onMarkStandard}>
            {t('check.markStandard')}
          </button>
        )}
        {span.status !== 'adapted' && span.status !== 'standard' && !span.fromDocument && (
          <button type="button" className="small" data-testid="check-adapt" onMouseDown={(e) => e.preventDefault()} onClick={onAdapt}>
            {t('check.adapt')}
          </button>
        )}
        <button type="button" className="small" data-testid="check-compare" onMouseDown={(e) => e.preventDefault()} onClick={onCompare}>
          {t('check.compare')}
        </button>
      </div>
    </div>
  );
}
