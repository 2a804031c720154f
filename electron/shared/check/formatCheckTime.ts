import { t } from '../i18n/translate';

/** When a check ran, as the report prints it: 2026年12月5日 14:27 (a 公文's date form, then the time). */
export function formatCheckTime(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return t('check.report.time', { y: at.getFullYear(), m: at.getMonth() + 1, d: at.getDate(), hh: pad(at.getHours()), mm: pad(at.getMinutes()) });
}
