import { describe, expect, it } from 'vitest';
import { applyLocalNames, detectLocalNames } from '../detectLocalNames';

describe('detectLocalNames', () => {
  it('finds place names by their administrative suffix, known names and masks', () => {
    const text = '岱山东沙镇采用“四治融合模式”，东沙镇成立网格理事会。海淀要挖掘现有自然资源，XX镇和××县也在推进，推动这一成功实践在神农架林区焕发生机。';
    const names = detectLocalNames(text).map((n) => `${n.kind}:${n.text}`);
    expect(names).toContain('place:东沙镇');
    expect(names).toContain('place:海淀');
    expect(names).toContain('mask:XX镇');
    expect(names).toContain('mask:××县');
    expect(names).toContain('place:农架林区');
    expect(detectLocalNames('瑞安曹村镇采用“产村融合模式”').map((n) => n.text)).toEqual(['瑞安', '曹村镇']);
    expect(detectLocalNames(text).find((n) => n.text === '东沙镇')!.positions).toHaveLength(2);
  });

  it('does not take common words for names', () => {
    const names = detectLocalNames('推进农村人居环境整治，建设美丽乡村和示范村，城乡融合发展，全县上下齐心，结合不同镇、村特点。').map((n) => n.text);
    expect(names).toEqual([]);
  });
});

describe('applyLocalNames', () => {
  it('replaces every occurrence, longer names first', () => {
    expect(applyLocalNames('东沙镇成立理事会，东沙镇调解员；岱山东沙镇', { 东沙镇: '城关镇', 岱山东沙镇: '本县城关镇' })).toBe('城关镇成立理事会，城关镇调解员；本县城关镇');
  });
});
