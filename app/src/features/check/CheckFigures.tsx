import type { CheckResult } from '../../../../electron/shared/check/checkTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { formatRatio } from '../../../../electron/shared/check/formatRatio';

/** The four figures a writer looks for first. */
export function CheckFigures({ result }: { result: CheckResult }) {
  const figures: Array<[string, string, string]> = [
    ['total', t('check.total'), formatRatio(result.totalRatio)],
    ['uncited', t('check.uncitedRatio'), formatRatio(result.uncitedRatio)],
    ['own', t('check.own'), formatRatio(result.ownRatio)],
    ['longest', t('check.longest'), t('check.chars', { n: result.longestRun?.chars ?? 0 })],
  ];
  return (
    <dl className="check-figures">
      {figures.map(([key, label, value]) => (
        <div key={key} className={`check-figure check-figure-${key}${key === 'uncited' && result.uncitedChars === 0 ? ' check-figure-clear' : ''}`}>
          <dt>{label}</dt>
          <dd data-testid={`check-${key}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
