export { CitationNumbers, citationNumbersKey } from './citationNumbers';
