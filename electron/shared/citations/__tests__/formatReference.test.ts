import { describe, expect, it } from 'vitest';
import { formatReference } from '../formatReference';

// Every combination of the optional fields (site, publication date, citation date, URL): a field the
// source does not give is left out, with its punctuation, never invented.
const T = '学习浙江“千万工程”经验感悟';
const cases: Array<[site: boolean, date: boolean, cited: boolean, url: boolean, expected: string]> = [
  [true, true, true, true, `佚名. ${T}[EB/OL]. 优知文库, (2023-12-06)[2026-11-22]. https://www.yzwku.com/p-565344.html.`],
  [true, true, true, false, `佚名. ${T}[EB/OL]. 优知文库, (2023-12-06)[2026-11-22].`],
  [true, true, false, true, `佚名. ${T}[EB/OL]. 优知文库, (2023-12-06). https://www.yzwku.com/p-565344.html.`],
  [true, true, false, false, `佚名. ${T}[EB/OL]. 优知文库, (2023-12-06).`],
  [true, false, true, true, `佚名. ${T}[EB/OL]. 优知文库, [2026-11-22]. https://www.yzwku.com/p-565344.html.`],
  [true, false, true, false, `佚名. ${T}[EB/OL]. 优知文库, [2026-11-22].`],
  [true, false, false, true, `佚名. ${T}[EB/OL]. 优知文库. https://www.yzwku.com/p-565344.html.`],
  [true, false, false, false, `佚名. ${T}[EB/OL]. 优知文库.`],
  [false, true, true, true, `佚名. ${T}[EB/OL]. (2023-12-06)[2026-11-22]. https://www.yzwku.com/p-565344.html.`],
  [false, true, true, false, `佚名. ${T}[EB/OL]. (2023-12-06)[2026-11-22].`],
  [false, true, false, true, `佚名. ${T}[EB/OL]. (2023-12-06). https://www.yzwku.com/p-565344.html.`],
  [false, true, false, false, `佚名. ${T}[EB/OL]. (2023-12-06).`],
  [false, false, true, true, `佚名. ${T}[EB/OL]. [2026-11-22]. https://www.yzwku.com/p-565344.html.`],
  [false, false, true, false, `佚名. ${T}[EB/OL]. [2026-11-22].`],
  [false, false, false, true, `佚名. ${T}[EB/OL]. https://www.yzwku.com/p-565344.html.`],
  [false, false, false, false, `佚名. ${T}[EB/OL].`],
];

describe('formatReference (GB/T 7714-2015, electronic documents)', () => {
  it.each(cases)('site=%s date=%s cited=%s url=%s', (site, date, cited, url, expected) => {
    expect(
      formatReference({
        workTitle: T,
        source: { id: 's', title: 'x', site: site ? '优知文库' : null, date: date ? '2023-12-06' : null, url: url ? 'https://www.yzwku.com/p-565344.html' : null },
        citedOn: cited ? '2026-11-22' : null,
      }),
    ).toBe(expected);
  });

  it('names a known author instead of 佚名 and falls back to the source title', () => {
    expect(formatReference({ author: '王某', workTitle: '', source: { id: 's', title: '来源题名', site: null, date: null, url: null } })).toBe('王某. 来源题名[EB/OL].');
  });
});
