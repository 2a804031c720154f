import type { CheckSourceShare } from '../../../../electron/shared/check/checkTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { formatRatio } from '../../../../electron/shared/check/formatRatio';

const ROW = 30;
const WIDTH = 300;
const MAX_SOURCES = 8;

/** Share of the document borrowed from each source: one bar each, the uncited part in the warning colour. */
export function SourceChart({ sources, total }: { sources: readonly CheckSourceShare[]; total: number }) {
  if (sources.length === 0) return null;
  const shown = sources.slice(0, MAX_SOURCES);
  const scale = Math.max(...shown.map((s) => s.ratio), 0.0001);
  return (
    <svg className="check-chart" data-testid="check-source-chart" viewBox={`0 0 ${WIDTH} ${shown.length * ROW}`} width={WIDTH} height={shown.length * ROW} role="img" aria-label={t('check.sources')}>
      {shown.map((s, i) => {
        const w = (s.ratio / scale) * (WIDTH - 60);
        const uncited = total === 0 ? 0 : (s.uncitedChars / total / scale) * (WIDTH - 60);
        const y = i * ROW;
        return (
          <g key={`${s.id}:${s.title}:${i}`} data-testid="check-source-bar" data-cited={s.citedChars} data-uncited={s.uncitedChars}>
            <title>{`${s.title}：${formatRatio(s.ratio)}`}</title>
            <text x={0} y={y + 11} className="check-chart-label">
              {s.title.length > 24 ? `${s.title.slice(0, 23)}…` : s.title || t('check.unknownSource')}
            </text>
            <rect x={0} y={y + 15} width={Math.max(w, 1)} height={9} rx={2} className="check-bar-cited" />
            <rect x={0} y={y + 15} width={uncited} height={9} rx={2} className="check-bar-uncited" />
            <text x={Math.max(w, 1) + 6} y={y + 23} className="check-chart-value">
              {formatRatio(s.ratio)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
