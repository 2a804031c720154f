export { PasteSanitizer, type PasteSanitizerOptions } from './pasteSanitizer';
export { sanitizePastedHtml, sanitizePastedText } from './sanitizePastedHtml';
export { PASTE_MAX_BLOCKS, PASTE_MAX_CHARS, PASTE_MAX_DEPTH, type PasteCut } from './pasteLimits';
