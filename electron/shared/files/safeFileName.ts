/**
 * A user's title as a file name inside a zip or on disk: path separators, `..`, control and bidi
 * characters and Windows-reserved characters become `_`, so a title can never choose where its file
 * lands or how its name is displayed. The title itself is stored unchanged elsewhere.
 */
export function safeFileName(title: string, fallback: string, maxLength = 80): string {
  let name = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, maxLength)
    .trim();
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name)) name = `_${name}`;
  return name || fallback;
}
