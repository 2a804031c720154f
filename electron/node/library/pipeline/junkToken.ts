const WITH_HAN = /^([\u4e00-\u9fff]?)([A-Za-z0-9]{2,4}[A-Za-z])(篇?)(?=[\u4e00-\u9fff0-9“"《（(])/;
const LATIN_ONLY = /^()([A-Za-z0-9]{2,4}[A-Za-z])(篇?)(?=[\u4e00-\u9fff0-9“"《（(])/;

/**
 * Scanned previews sometimes start a chunk or a new essay with an OCR artefact glued to the text:
 * "扁9TX2023年开展…", "AIAl篇关于开展…". The rule, kept narrow on purpose:
 *  - an optional single Chinese character (only at a chunk start, where a cut can leave a stray one),
 *    then a run of 3–5 Latin letters/digits ending in a letter, so a year right after it stays
 *    ("9TX|2023年");
 *  - the run mixes letters with digits or upper with lower case — acronyms (APP, GDP), capitalised
 *    words and common tokens (5G, B2B, O2O) do not qualify;
 *  - a following 篇 (the page label "第N篇" mangled) belongs to the artefact;
 *  - the run is glued to Chinese text or digits on its right.
 * Returns the artefact's length at `at`, or 0.
 */
export function junkTokenLength(text: string, at: number, allowLeadingHan = true): number {
  const m = (allowLeadingHan ? WITH_HAN : LATIN_ONLY).exec(text.slice(at, at + 12));
  if (!m) return 0;
  const run = m[2] ?? '';
  if (/^(\d+G|\d+D|B2B|B2C|C2C|O2O|P2P|H5|K12|IPv\d)$/i.test(run)) return 0;
  const mixedDigits = /\d/.test(run) && /[A-Za-z]/.test(run);
  const mixedCase = /[A-Z]/.test(run) && /[a-z]/.test(run) && !/^[A-Z][a-z]+$/.test(run);
  if (!mixedDigits && !mixedCase) return 0;
  return m[0].length;
}
