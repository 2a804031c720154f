import { describe, expect, it } from 'vitest';
import { nestInside, nestQuotesInRuns, sameQuoteMarks } from '../nestQuotes';

describe('nested quotation marks (GB/T 15834)', () => {
  it('puts ‘ ’ inside “ ” and “ ” inside that, across runs', () => {
    expect(nestQuotesInRuns(['正如文章所说：“', '“千万工程”造福万千农民', '”。'])).toEqual(['正如文章所说：“', '‘千万工程’造福万千农民', '”。']);
    expect(nestQuotesInRuns(['他说：“要落实“三个‘千万’”。”'])).toEqual(['他说：“要落实‘三个“千万”’。”']);
    expect(nestQuotesInRuns(['“一”与“二”'])).toEqual(['“一”与“二”']);
  });

  it('leaves an unmatched closing mark alone', () => {
    expect(nestQuotesInRuns(['工程”）经验'])).toEqual(['工程”）经验']);
  });

  it('nests a passage’s own marks one level down when it is quoted inline', () => {
    expect(nestInside('实施“千万工程”二十年')).toBe('实施‘千万工程’二十年');
    expect(sameQuoteMarks('实施‘千万工程’二十年')).toBe(sameQuoteMarks('实施“千万工程”二十年'));
  });
});
