// What a passage is in its essay, as the library's pipeline tells it (describePassage). The values are
// the words users use; they are stored as they are and the English UI translates them.

export const PASSAGE_KINDS = ['标题', '观点', '论述', '做法', '案例', '数据', '开头', '结尾'] as const;

export type PassageKind = (typeof PASSAGE_KINDS)[number];

export function isPassageKind(value: unknown): value is PassageKind {
  return typeof value === 'string' && (PASSAGE_KINDS as readonly string[]).includes(value);
}
