/**
 * THE FOLD THAT DEFINES PASSAGE IDS. A passage's id is the hash of this fold of its text (passageId),
 * and writers' documents name passages by id in every citation: changing anything here changes every
 * passage id, so citations in existing documents stop resolving. The seed library's ids are pinned
 * by __tests__/seedIds.test.ts; a change must be a deliberate decision there, never a side effect.
 *
 * That is why this fold is frozen here on its own rather than shared with the search fold
 * (searchFoldTable), which may grow (more variants, more scripts) without moving any id.
 *
 * Full-width ASCII to half-width, the ideographic space to a space, ASCII upper case to lower case,
 * then other letters lower-cased by the runtime where that keeps the length.
 */
export function foldForPassageId(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    const original = code;
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code === 0x3000) code = 0x20;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    out += code === original ? text[i] : String.fromCharCode(code);
  }
  const lower = out.toLowerCase();
  return lower.length === out.length ? lower : out;
}
