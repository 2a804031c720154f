export { WordShortcuts } from './wordShortcuts';
