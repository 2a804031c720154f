import { describe, expect, it } from 'vitest';
import { foldSearchKey } from '../../../../shared/search/foldSearchKey';
import type { BuildReportEntry, BuiltPassage } from '../corpusTypes';
import { foldForDuplicates } from '../foldForDuplicates';
import { foldForPassageId } from '../foldForPassageId';
import { mergeNearDuplicates } from '../mergeNearDuplicates';
import { passageId } from '../passageId';

const passage = (id: string, text: string, start: number): BuiltPassage => ({
  id,
  text,
  heading: null,
  kind: '论述',
  themes: [],
  rules: [],
  incomplete: false,
  flags: [],
  occurrences: [{ sourceId: id, workId: `w${id}`, ord: 0, start, end: start + text.length }],
});

describe('the fold that defines passage ids', () => {
  it('folds width and letter case only, keeping the length', () => {
    const s = 'ＡＰＰ客户端２０２３　Abc';
    expect(foldForPassageId(s)).toBe('app客户端2023 abc');
    expect(foldForPassageId(s).length).toBe(s.length);
  });

  it('gives a text the same id whatever its width and case, and the pinned id of a known text', () => {
    expect(passageId('ＡＰＰ与千万工程')).toBe(passageId('app与千万工程'));
    // A change of the id scheme must fail here (and in seedIds.test.ts), never pass silently.
    expect(passageId('千万工程')).toBe('p6e7ddb252a9afa25'); // sha256 of the UTF-8 text, first 16 hex digits
  });

  it('is not the search fold: search folds 萬 to 万, ids do not, so a richer search fold moves no id', () => {
    expect(foldSearchKey('千萬工程')).toBe('千万工程');
    expect(foldForPassageId('千萬工程')).toBe('千萬工程');
    expect(passageId('千萬工程')).not.toBe(passageId('千万工程'));
  });
});

describe('the fold that finds duplicates', () => {
  it('keeps only the words, folded as the check folds them', () => {
    expect(foldForDuplicates('“千萬工程”， ＡＢ　２０２３！\n')).toBe('千万工程ab2023');
    expect(foldForDuplicates('千村示范、万村整治')).toBe(foldForDuplicates('千村示范，萬村整治。'));
  });

  it('merges a traditional-character copy of a passage into the passage', () => {
    const text = '二十年来，浙江持续推进千村示范、万村整治工程，深刻改变了农村的面貌，造就了万千美丽乡村，造福了万千农民群众。';
    const copy = '二十年來，浙江持續推進千村示範、萬村整治工程，深刻改變了農村的面貌，造就了萬千美麗鄉村，造福了萬千農民群眾。';
    const report: BuildReportEntry[] = [];
    const kept = mergeNearDuplicates([passage('a', text, 0), passage('b', copy, 100)], report);
    expect(kept.map((p) => p.id)).toEqual(['a']);
    expect(kept[0]!.occurrences.map((o) => o.sourceId)).toEqual(['a', 'b']);
  });
});
