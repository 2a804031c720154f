/**
 * Folds text through a fold table (searchFoldTable): one UTF-16 unit out for each unit in. Apart
 * from foldSearchText so that the renderer can fold with a table it loaded on demand, without a
 * static import of OpenCC's dictionaries.
 */
export function foldWithTable(text: string, table: Uint16Array): string {
  const n = text.length;
  // Most passages are already folded (simplified, half-width digits): return them without copying.
  let i = 0;
  while (i < n && table[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === n) return text;
  const units = new Uint16Array(n);
  for (let k = 0; k < n; k++) units[k] = table[text.charCodeAt(k)]!;
  let out = '';
  // fromCharCode with a spread argument list has an engine limit; 8K units per call stays well under it.
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode(...units.subarray(k, k + 8192));
  return out;
}
