import { withoutEnumerator } from './withoutEnumerator';

/**
 * The passage a quotation or adaptation `text` was made from, as it was inserted: without the
 * source's list number ("5、"), unless `text` still starts with it (inserted before the number was
 * dropped), so what the writer changed is measured against what they were given.
 */
export function passageAsInserted(source: string, text: string): string {
  const words = withoutEnumerator(source);
  if (words === source) return source;
  const number = source.slice(0, source.length - words.length).trim();
  return text.trimStart().startsWith(number) ? source : words;
}
