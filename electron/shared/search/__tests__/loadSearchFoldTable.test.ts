import { describe, expect, it } from 'vitest';
import { loadedSearchFoldTable, loadSearchFoldTable } from '../loadSearchFoldTable';
import { searchFoldTable } from '../searchFoldTable';

describe('loadSearchFoldTable', () => {
  it('loads on demand the very table that Node builds synchronously, once', async () => {
    expect(loadedSearchFoldTable()).toBeNull();
    const [a, b] = await Promise.all([loadSearchFoldTable(), loadSearchFoldTable()]);
    expect(a).toBe(b);
    expect(loadedSearchFoldTable()).toBe(a);
    expect(a).toEqual(searchFoldTable());
    expect(String.fromCharCode(a['萬'.charCodeAt(0)]!, a['裡'.charCodeAt(0)]!)).toBe('万里');
  });
});
