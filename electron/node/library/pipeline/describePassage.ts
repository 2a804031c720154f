import type { PassageKind } from './corpusTypes';
import { THEME_TAXONOMY } from './themeTaxonomy';
import { toSimplified } from './toSimplified';

export interface PassageDescription {
  kind: PassageKind;
  themes: string[];
  rules: string[];
}

export interface PassagePosition {
  isHeading: boolean;
  /** First body passage of its work. */
  first: boolean;
  /** Last passage of a work that ends properly. */
  last: boolean;
}

const CASE_CUES = /(例如|比如|譬如|以[^，。]{1,8}为例|[^，。]{1,6}(村|镇|县|乡)[^，。]{0,4}(采用|建成|打造|成立|坐落|探索|投资))/;
const PRACTICE_CUES = /(一是|二是|三是|要|坚持|推进|建立|实施|加强|完善|开展|落实|强化|推动|打造)/g;
const VIEW_CUES = /(就是|在于|关键|根本|本质|说到底|之所以|启示|体现|彰显)/;
const ENDING_CUES = /(总之|总而言之|所以说|综上|让我们|我们要|展望|为建设|添砖加瓦|贡献力量|努力奋斗|砥砺前行)/;
const NUMBER_WITH_UNIT = /\d+(?:\.\d+)?\s*(?:%|％|万|亿|元|个|座|名|户|平方米|公里|次|项|年来|倍|余)/g;

/**
 * Kind and themes of a passage, each with the rule that assigned it. Kinds, first match wins:
 * 标题 (a heading) · 开头 (first body passage of a work) · 结尾 (last passage, or closing phrases) ·
 * 数据 (three or more numbers with units) · 案例 (example cues or a named village/town doing something)
 * · 做法 (three or more action verbs of practice) · 观点 (under 120 characters with a thesis cue) ·
 * otherwise 论述.
 */
export function describePassage(original: string, pos: PassagePosition): PassageDescription {
  const text = toSimplified(original);
  const rules: string[] = [];
  let kind: PassageKind = '论述';
  const numbers = text.match(NUMBER_WITH_UNIT) ?? [];
  const practice = new Set(text.match(PRACTICE_CUES) ?? []);
  const caseCue = CASE_CUES.exec(text);
  if (pos.isHeading) {
    kind = '标题';
    rules.push('类型 标题：小标题（带序号的短句）');
  } else if (pos.first) {
    kind = '开头';
    rules.push('类型 开头：篇中第一段');
  } else if (pos.last || ENDING_CUES.test(text.slice(0, 12))) {
    kind = '结尾';
    rules.push(pos.last ? '类型 结尾：篇中最后一段' : '类型 结尾：段首收束语');
  } else if (numbers.length >= 3) {
    kind = '数据';
    rules.push(`类型 数据：含 ${numbers.length} 个带单位的数字（${numbers.slice(0, 3).join('、')}）`);
  } else if (caseCue) {
    kind = '案例';
    rules.push(`类型 案例：命中“${caseCue[0]}”`);
  } else if (practice.size >= 3) {
    kind = '做法';
    rules.push(`类型 做法：命中 ${[...practice].slice(0, 4).join('、')}`);
  } else if (text.length < 120 && VIEW_CUES.test(text)) {
    kind = '观点';
    rules.push(`类型 观点：短段且含“${VIEW_CUES.exec(text)?.[0] ?? ''}”`);
  } else {
    rules.push('类型 论述：未命中其他类型规则');
  }

  const themes: string[] = [];
  for (const theme of THEME_TAXONOMY) {
    const hits = theme.keywords.filter((k) => text.includes(k));
    if (hits.length >= (theme.min ?? 1)) {
      themes.push(theme.name);
      rules.push(`主题 ${theme.name}：命中 ${hits.join('、')}`);
    }
  }
  return { kind, themes, rules };
}
