import type { ClaimedPiece } from './claimSharedRuns';
import type { CheckInput } from './docCheckText';
import type { SharedRun } from './findSharedRuns';
import type { NormalizedText } from './normalizeForCheck';
import { checkKeepTable } from './checkKeepTable';
import type { CheckParagraph, CheckPassage, CheckResult, CheckSourceShare, CheckSpan, CheckStatus } from './checkTypes';

/** For each normalised position, the index of the quoted/adapted mark over it, or -1. */
export function markIndexAt(input: CheckInput, norm: NormalizedText): Int32Array {
  const at = new Int32Array(norm.length).fill(-1);
  const marks = [...input.marks].map((m, i) => ({ ...m, i })).sort((a, b) => a.start - b.start);
  let m = 0;
  for (let i = 0; i < norm.length; i++) {
    const pos = norm.map[i]!;
    while (m < marks.length && marks[m]!.end <= pos) m++;
    const mark = marks[m];
    if (mark && mark.start <= pos && pos < mark.end) at[i] = mark.i;
  }
  return at;
}

function lineIndexAt(input: CheckInput, norm: NormalizedText): Int32Array {
  const at = new Int32Array(norm.length);
  let b = 0;
  for (let i = 0; i < norm.length; i++) {
    const pos = norm.map[i]!;
    while (b < input.blocks.length - 1 && input.blocks[b]!.end <= pos) b++;
    at[i] = b;
  }
  return at;
}

/**
 * The report, one model behind every number and colour: each borrowed character has one status —
 * quoted or adapted (cited), uncited, or standard (a formulation of the list, or a run many works
 * share, where it would otherwise be uncited). Spans are split wherever the line or the status
 * changes; every figure (ratios, paragraphs, sources) is a sum over those spans, so they add up:
 * borrowed = cited + uncited over spans, paragraphs and sources alike, and standard is in none.
 * The figures count normalised characters (punctuation and spaces do not count). `standard` marks
 * normalised positions; a piece cut by a formulation keeps only the remains of at least minRun.
 * `passages` must hold every passage the pieces name.
 */
export function buildCheckResult(
  input: CheckInput,
  norm: NormalizedText,
  runs: readonly SharedRun[],
  pieces: readonly ClaimedPiece[],
  passages: ReadonlyMap<string, CheckPassage>,
  meta: { minRun: number; libraryPassages: number; ms: number; standard?: Uint8Array },
): CheckResult {
  const markAt = markIndexAt(input, norm);
  const lineAt = lineIndexAt(input, norm);
  const cited = new Set(input.citedIds);
  const standard = meta.standard;
  const markedStatus = (i: number): CheckStatus => {
    const m = markAt[i]!;
    if (m < 0) return 'uncited';
    const mark = input.marks[m]!;
    return cited.has(mark.passageId) ? mark.type : 'uncited';
  };
  const statusAt = (i: number): CheckStatus => {
    const status = markedStatus(i);
    return status === 'uncited' && standard?.[i] ? 'standard' : status;
  };
  const keep = checkKeepTable();
  /** Original offsets in a passage's text of its normalised characters [from, to). */
  const passageRange = (text: string, from: number, to: number): [number, number] => {
    let n = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (keep[text.charCodeAt(i)] === 0) continue;
      if (n === from) start = i;
      if (n === to - 1) return [start, i + 1];
      n++;
    }
    return [start, text.length];
  };
  /** A piece less the formulations in it: what remains, in stretches of at least minRun. */
  const remains = (piece: ClaimedPiece): Array<[number, number]> => {
    let hasStandard = false;
    for (let i = piece.start; i < piece.end && !hasStandard; i++) hasStandard = statusAt(i) === 'standard';
    if (!hasStandard) return [[piece.start, piece.end]];
    const out: Array<[number, number]> = [];
    let i = piece.start;
    while (i < piece.end) {
      const isStandard = statusAt(i) === 'standard';
      let j = i + 1;
      while (j < piece.end && (statusAt(j) === 'standard') === isStandard) j++;
      if (isStandard || j - i >= meta.minRun) out.push([i, j]);
      i = j;
    }
    return out;
  };
  const spans: CheckSpan[] = [];
  const lines = input.blocks.map(() => ({ cited: 0, uncited: 0, standard: 0 }));
  const totals = { quoted: 0, adapted: 0, uncited: 0, standard: 0 };
  for (const piece of pieces) {
    for (const [from, to] of remains(piece)) {
      let i = from;
      while (i < to) {
        const status = statusAt(i);
        const line = lineAt[i]!;
        let j = i + 1;
        while (j < to && lineAt[j] === line && statusAt(j) === status) j++;
        const chars = j - i;
        const passage = passages.get(piece.passageId);
        const ps = piece.passageStart + (i - piece.start);
        const [passageFrom, passageTo] = passageRange(passage?.text ?? '', ps, ps + chars);
        const start = norm.map[i]!;
        const end = norm.map[j - 1]! + 1;
        spans.push({
          start,
          end,
          text: input.text.slice(start, end),
          passageId: piece.passageId,
          sourceId: passage?.sourceId ?? null,
          sourceTitle: passage?.sourceTitle ?? '',
          fromDocument: passage?.fromDocument === true,
          cited: status === 'quoted' || status === 'adapted',
          standard: status === 'standard',
          status,
          passageFrom,
          passageTo,
          chars,
        });
        totals[status] += chars;
        const l = lines[line]!;
        if (status === 'standard') l.standard += chars;
        else if (status === 'uncited') l.uncited += chars;
        else l.cited += chars;
        i = j;
      }
    }
  }
  const total = norm.length;
  const ratio = (n: number) => (total === 0 ? 0 : n / total);
  const lineChars = new Int32Array(input.blocks.length);
  for (let i = 0; i < total; i++) lineChars[lineAt[i]!] = lineChars[lineAt[i]!]! + 1;
  const paragraphs: CheckParagraph[] = input.blocks.flatMap((b, index) => {
    const chars = lineChars[index]!;
    if (chars === 0) return [];
    const l = lines[index]!;
    const lb = l.cited + l.uncited;
    return [{ index, start: b.start, end: b.end, kind: b.kind, excerpt: input.text.slice(b.start, Math.min(b.end, b.start + 24)), chars, borrowed: lb, cited: l.cited, uncited: l.uncited, standard: l.standard, ratio: lb / chars }];
  });
  // One bar per work, named as its note names it (the work's title), standard formulations left out.
  const bySource = new Map<string, CheckSourceShare & { ids: Set<string> }>();
  for (const s of spans) {
    if (s.standard) continue;
    const key = `${s.sourceId ?? `passage:${s.passageId}`}\u0000${s.sourceTitle}`;
    let share = bySource.get(key);
    if (!share) bySource.set(key, (share = { id: s.sourceId ?? '', title: s.sourceTitle, ratio: 0, chars: 0, citedChars: 0, uncitedChars: 0, passages: 0, ids: new Set() }));
    share.chars += s.chars;
    if (s.cited) share.citedChars += s.chars;
    else share.uncitedChars += s.chars;
    share.ids.add(s.passageId);
  }
  const sources = [...bySource.values()]
    .map(({ ids, ...share }) => ({ ...share, ratio: ratio(share.chars), passages: ids.size }))
    .sort((a, b) => b.chars - a.chars || a.title.localeCompare(b.title));
  let longest: SharedRun | null = null;
  for (const r of runs) if (!longest || r.docEnd - r.docStart > longest.docEnd - longest.docStart) longest = r;
  const used = new Set(spans.map((s) => s.passageId));
  const citedChars = totals.quoted + totals.adapted;
  const borrowed = citedChars + totals.uncited;
  return {
    minRun: meta.minRun,
    chars: total,
    borrowedChars: borrowed,
    citedChars,
    uncitedChars: totals.uncited,
    standardChars: totals.standard,
    totalRatio: ratio(borrowed),
    uncitedRatio: ratio(totals.uncited),
    ownRatio: total === 0 ? 1 : 1 - ratio(borrowed),
    longestRun: longest
      ? { chars: longest.docEnd - longest.docStart, start: norm.map[longest.docStart]!, end: norm.map[longest.docEnd - 1]! + 1, passageId: longest.passageId }
      : null,
    spans,
    sources,
    paragraphs,
    passages: [...used].flatMap((id) => passages.get(id) ?? []),
    libraryPassages: meta.libraryPassages,
    ms: meta.ms,
  };
}
