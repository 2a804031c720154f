export { CaretBlock, CARET_BLOCK_CLASS, caretBlockKey } from './caretBlock';
