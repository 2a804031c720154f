/**
 * Short names of divisions that policy writing uses far more often as everyday words: 惠民 (惠民工程,
 * benefiting the people, not 惠民县), 江山 (打江山、守江山, the country, not 江山市), 新乡 (新乡人,
 * 新乡贤: new villagers, not 新乡市). jieba tags them as names, so the gazetteer build cannot tell. The
 * detector offers one alone only beside another place (浙江江山); with its suffix (江山市) it is a
 * name anyway.
 */
export const commonWordNames: ReadonlySet<string> = new Set(['惠民', '江山', '新乡']);
