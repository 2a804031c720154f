export { CitationNumbers, citationNumbersKey, refreshCitationTitles } from './citationNumbers';
export type { CitationNumbersStorage } from './citationNumbers';
