// Folding for search and matching: full-width ASCII to half-width, ideographic space to space, and
// lower case. Each UTF-16 unit maps to exactly one unit, so an offset in the folded text is the same
// offset in the original, which highlighting and provenance depend on.

export function foldChar(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  else if (code === 0x3000) code = 0x20;
  if (code >= 0x41 && code <= 0x5a) code += 0x20;
  return code;
}

export function foldForSearch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldChar(code);
    out += folded === code ? text[i] : String.fromCharCode(folded);
  }
  // Non-ASCII letters (Ä, Σ) fold by the runtime, only where that keeps the length.
  const lower = out.toLowerCase();
  return lower.length === out.length ? lower : out;
}
