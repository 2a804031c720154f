/**
 * Which reading wins where two copies of a passage differ. The primary copy's reading stays unless one
 * of these rules says the other copy has the better one; each rule is narrow, and it fires only
 * because another copy confirms the change:
 *  - 还原遮蔽名称: the primary has a mask ("A", "XX", "某某", "**") where the other has a name of 2–8
 *    Chinese characters ("A总书记" → "习近平总书记");
 *  - 补回缺失数字: the primary lacks a number the other copy has ("完成座" → "完成137座");
 *  - 纠正识别错误: the primary has Latin letters inside a number or a list marker where the other has
 *    digits ("LO版本" → "1.0版本", "例如L" → "例如1：");
 *  - 补回缺失标点: the primary lacks a closing quote, bracket or colon the other copy has.
 */
export interface Reading {
  text: string;
  action: string;
}

const MASK = /^(?:[A-Z]{1,2}|X{1,3}|x{1,3}|×{1,3}|某{1,2}|\*{1,4}|＊{1,4}|○{1,3}|□{1,3})$/;
const NAME = /^[\u4e00-\u9fff]{2,8}$/;
const NUMBER = /^[\d.]+%?$/;
const CLOSING = /^[”’）》】」』：]{1,2}$/;

export function chooseReading(primary: string, other: string): Reading | null {
  if (!other.trim()) return null;
  if (MASK.test(primary) && NAME.test(other) && !MASK.test(other)) return { text: other, action: '还原遮蔽名称' };
  if (primary === '' && NUMBER.test(other)) return { text: other, action: '补回缺失数字' };
  if (/[A-Za-z]/.test(primary) && primary.length <= 4 && /^[\d.：:%]+$/.test(other) && /\d/.test(other)) {
    return { text: other, action: '纠正识别错误' };
  }
  if (primary === '' && CLOSING.test(other)) return { text: other, action: '补回缺失标点' };
  return null;
}
