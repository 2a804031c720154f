/** The Chinese type sizes (字号) a format's sizes are chosen from, largest first, with their points. */
export const ZIHAO_SIZES = [
  { key: 'er', pt: 22 },
  { key: 'xiaoer', pt: 18 },
  { key: 'san', pt: 16 },
  { key: 'xiaosan', pt: 15 },
  { key: 'si', pt: 14 },
  { key: 'xiaosi', pt: 12 },
  { key: 'wu', pt: 10.5 },
  { key: 'xiaowu', pt: 9 },
] as const;
