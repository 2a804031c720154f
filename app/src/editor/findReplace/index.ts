export { FindReplace, findReplaceKey, type FindState } from './findReplace';
export { findInDoc, LEAF_CHAR, type DocMatch } from './findInDoc';
