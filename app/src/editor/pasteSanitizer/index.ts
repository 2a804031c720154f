export { PasteSanitizer } from './pasteSanitizer';
export { sanitizePastedHtml, sanitizePastedText, PASTE_MAX_DEPTH } from './sanitizePastedHtml';
