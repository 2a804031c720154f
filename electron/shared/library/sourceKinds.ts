// The kind of a source decides whether a note is appropriate (DESIGN.md "source kind"). The values are
// the words users use; they are stored as they are and the English UI translates them.

/** Most authoritative first: the order breaks ties in search ranking and picks a passage's best source. */
export const SOURCE_KINDS = ['权威文献', '新闻报道', '参考范文'] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A source whose kind nobody has set or guessed yet is treated as someone else's essay: it is never footnoted silently. */
export const DEFAULT_SOURCE_KIND: SourceKind = '参考范文';

export function isSourceKind(value: unknown): value is SourceKind {
  return typeof value === 'string' && (SOURCE_KINDS as readonly string[]).includes(value);
}

/** 0 for 权威文献, 1 for 新闻报道, 2 for 参考范文 (and anything unknown). */
export function sourceKindRank(kind: string | null | undefined): number {
  const i = (SOURCE_KINDS as readonly string[]).indexOf(kind ?? '');
  return i < 0 ? SOURCE_KINDS.length - 1 : i;
}
