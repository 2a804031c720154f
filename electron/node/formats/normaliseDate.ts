/**
 * A date as a source states it — "2023-06-05T08:00:00+08:00", "2023年6月5日", "2023/6/5 10:00",
 * "20230605", or seconds since 1970 (WeChat's `ct`) — as YYYY-MM-DD; null when it is not a plausible
 * date. Times are dropped: GB/T 7714 cites the day. Epoch seconds are read in China's time zone, where
 * the page was published.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  if (/^\d{9,10}$/.test(s)) {
    const d = new Date((Number(s) + 8 * 3600) * 1000);
    return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const m = /(\d{4})\s*(?:[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})|(\d{2})(\d{2})(?!\d))/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2] ?? m[4]);
  const d = Number(m[3] ?? m[5]);
  return valid(y, mo, d);
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
