import type { FindTools } from './findInText';
import { loadFindRegex } from './loadFindRegex';
import { loadSearchFoldTable } from './loadSearchFoldTable';

/** Both halves of find (the fold table and the regular-expression engine), fetched together when the find bar opens. */
export async function loadFindTools(): Promise<FindTools> {
  const [fold, compileRegex] = await Promise.all([loadSearchFoldTable(), loadFindRegex()]);
  return { fold, compileRegex };
}
