import type { CitationOccurrence } from './resolveCitation';

/**
 * What a citation's note or 文中注 begins with: 参见 when it points the reader to a work without quoting
 * or adapting it, so the writer's own sentence is not read as taken from it; nothing otherwise, nor for
 * a 《title》 the writer names (its note is that document) or an external note (the writer's own words).
 */
export function seeAlsoPrefix(occ: Pick<CitationOccurrence, 'kind' | 'statement' | 'note'>): string {
  return occ.kind === 'seeAlso' && !occ.statement && !occ.note ? '参见' : '';
}
