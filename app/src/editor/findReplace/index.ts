export { FindReplace, findReplaceKey, type FindState } from './findReplace';
export { findInDoc, type DocMatch } from './findInDoc';
