import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../../../electron/shared/i18n/translate';
import { PASSAGE_KINDS } from '../../../../../electron/shared/library/passageKinds';
import { passageKindLabel } from '../passageKindLabel';

describe('passageKindLabel', () => {
  afterEach(() => setLocale('zh-CN'));

  it('names each kind of passage in the interface language; a kind it does not know stays as stored', async () => {
    expect(PASSAGE_KINDS.map(passageKindLabel)).toEqual([...PASSAGE_KINDS]);
    await setLocale('en-US');
    expect(PASSAGE_KINDS.map(passageKindLabel)).toEqual(['Heading', 'Point', 'Argument', 'Practice', 'Case', 'Data', 'Opening', 'Closing']);
    expect(passageKindLabel('其他')).toBe('其他');
  });
});
