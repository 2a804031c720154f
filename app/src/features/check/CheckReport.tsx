import type { CheckResult } from '../../../../electron/shared/check/checkTypes';
import { formatCheckTime } from '../../../../electron/shared/check/formatCheckTime';
import { t } from '../../../../electron/shared/i18n/translate';
import { CheckFigures } from './CheckFigures';
import { ParagraphBars } from './ParagraphBars';
import { SourceChart } from './SourceChart';

/** The report as it is printed (or saved as PDF): figures, both charts, and every borrowed span. */
export function CheckReport({ result, title, checkedAt }: { result: CheckResult; title: string; checkedAt: Date }) {
  return (
    <div className="check-report" data-testid="check-report">
      <h1>{t('check.report.title')}</h1>
      <p className="muted">
        {t('check.report.meta', { title: title || t('docs.untitled'), date: formatCheckTime(checkedAt), minRun: result.minRun, n: result.libraryPassages })}
      </p>
      <CheckFigures result={result} />
      {result.spans.length === 0 ? (
        <p>{t('check.none', { n: result.minRun })}</p>
      ) : (
        <>
          <h2>{t('check.sources')}</h2>
          <SourceChart sources={result.sources} total={result.chars} />
          <h2>{t('check.paragraphs')}</h2>
          <ParagraphBars paragraphs={result.paragraphs} />
          <h2>{t('check.report.spans')}</h2>
          <table className="check-span-table">
            <thead>
              <tr>
                <th>{t('check.report.text')}</th>
                <th>{t('check.report.source')}</th>
                <th>{t('check.report.status')}</th>
              </tr>
            </thead>
            <tbody>
              {result.spans.map((s, i) => (
                <tr key={i} className={`check-row-${s.status}`}>
                  <td>{s.text}</td>
                  <td>{s.sourceTitle || t('check.unknownSource')}</td>
                  <td>{t(`check.status.${s.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
