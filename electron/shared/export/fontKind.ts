/** The kinds of Chinese type a unit's fonts fall into: what a missing face is replaced by. */
export type FontKind = 'fangsong' | 'kaiti' | 'song' | 'hei' | 'other';

/**
 * 仿宋_GB2312, FangSong, 方正仿宋_GBK → fangsong; 楷体 → kaiti; 宋体, 小标宋, 中宋 → song; 黑体, 雅黑 → hei.
 * The title face 方正小标宋 is a 宋体 of heavy weight.
 */
export function fontKind(name: string): FontKind {
  const n = name.toLowerCase();
  if (/仿宋|fangsong/.test(n)) return 'fangsong';
  if (/楷|kai/.test(n)) return 'kaiti';
  if (/黑|hei|雅黑|yahei|sans/.test(n)) return 'hei';
  if (/宋|song|serif|明朝|ming/.test(n)) return 'song';
  return 'other';
}
