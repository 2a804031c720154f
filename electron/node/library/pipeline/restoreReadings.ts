/**
 * Which reading wins where two copies of a passage differ. The primary copy's reading stays unless one
 * of these rules says the other copy has the better one; each rule is narrow, and it fires only
 * because another copy confirms the change:
 *  - 还原遮蔽名称: the primary has a mask ("A", "XX", "某某", "**") where the other has a name of 2–8
 *    Chinese characters ("A总书记" → "习近平总书记");
 *  - 补回缺失数字: the primary lacks a number the other copy has ("完成座" → "完成137座");
 *  - 纠正识别错误: the primary has Latin letters inside a number or a list marker where the other has
 *    digits ("LO版本" → "1.0版本", "例如L" → "例如1：");
 *  - 补回缺失标点: the primary lacks a closing quote, bracket or colon the other copy has;
 *  - 还原被删去的名称: the primary has nothing where the other has a name of 2–4 characters, and what
 *    follows in the primary is a leader's title or a theory always named with its author
 *    ("彰显了新时代中国特色社会主义思想" → "彰显了习近平新时代…", "的同志作出" → "的习近平同志作出").
 */
export interface Reading {
  text: string;
  action: string;
}

const MASK = /^(?:[A-Z]{1,2}|X{1,3}|x{1,3}|×{1,3}|某{1,2}|\*{1,4}|＊{1,4}|○{1,3}|□{1,3})$/;
const NAME = /^[\u4e00-\u9fff]{2,8}$/;
const NUMBER = /^[\d.]+%?$/;
const CLOSING = /^[”’）》】」』：]{1,2}$/;
const CUT_NAME = /^[\u4e00-\u9fff]{2,4}$/;
const NAMED_AFTER = /^(?:总书记|同志|主席|总理|委员长|新时代中国特色社会主义思想|生态文明思想|经济思想|法治思想|文化思想|外交思想|强军思想)/;

/** `after`: the primary's text right after the differing stretch (what a cut name stood before). */
export function chooseReading(primary: string, other: string, after = ''): Reading | null {
  if (!other.trim()) return null;
  if (MASK.test(primary) && NAME.test(other) && !MASK.test(other)) return { text: other, action: '还原遮蔽名称' };
  if (primary === '' && NUMBER.test(other)) return { text: other, action: '补回缺失数字' };
  if (/[A-Za-z]/.test(primary) && primary.length <= 4 && /^[\d.：:%]+$/.test(other) && /\d/.test(other)) {
    return { text: other, action: '纠正识别错误' };
  }
  if (primary === '' && CLOSING.test(other)) return { text: other, action: '补回缺失标点' };
  if (primary === '' && CUT_NAME.test(other) && NAMED_AFTER.test(after)) return { text: other, action: '还原被删去的名称' };
  return null;
}
