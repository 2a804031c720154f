/** 2026年12月5日: a date as 公文 and 材料 write it (GB/T 9704 7.3.5: Arabic numerals, no leading zeros). */
export function chineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}
