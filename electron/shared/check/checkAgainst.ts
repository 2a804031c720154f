import { buildCheckResult, markIndexAt } from './buildCheckResult';
import type { CheckIndex } from './CheckIndex';
import type { CheckPassage, CheckResult } from './checkTypes';
import { claimSharedRuns } from './claimSharedRuns';
import type { CheckInput } from './docCheckText';
import { findSharedRuns, type SharedRun } from './findSharedRuns';
import { markRecurringRuns, markStandardPhrases, stretchesInPieces } from './findStandardText';
import { normalizeForCheck } from './normalizeForCheck';

/**
 * Checks a text against one or more indexes built for the same minRun (the shipped library, the
 * user's own passages…). `lookup` returns the facts of the passages the report names.
 */
export function checkAgainst(
  input: CheckInput,
  indexes: readonly CheckIndex[],
  lookup: (ids: string[]) => ReadonlyMap<string, CheckPassage>,
  minRun: number,
  standardPhrases: readonly string[] = [],
): CheckResult {
  const started = Date.now();
  for (const index of indexes) if (index.minRun !== minRun) throw new Error(`index built for ${index.minRun}, check asks ${minRun}`);
  const norm = normalizeForCheck(input.text);
  const runs: SharedRun[] = indexes.flatMap((index) => findSharedRuns(index, norm.codes, norm.length));
  const markAt = markIndexAt(input, norm);
  const pieces = claimSharedRuns(norm.length, runs, (i) => {
    const m = markAt[i]!;
    return m < 0 ? null : input.marks[m]!.passageId;
  });
  // 规范表述: the 提法 of the list, and runs that many independent works of the library share.
  const standard = new Uint8Array(norm.length);
  markStandardPhrases(norm.codes, norm.length, standardPhrases, standard);
  markRecurringRuns(stretchesInPieces(indexes, norm.codes, pieces, minRun), norm.length, minRun, standard);
  const passages = lookup([...new Set(pieces.map((p) => p.passageId))]);
  const libraryPassages = indexes.reduce((n, index) => n + index.passageCount, 0);
  return buildCheckResult(input, norm, runs, pieces, passages, { minRun, libraryPassages, ms: Date.now() - started, standard });
}
