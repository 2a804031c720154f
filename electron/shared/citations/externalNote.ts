/** Ids of external notes start with this; library passage ids never do (they start with `p`). */
export const EXTERNAL_NOTE_PREFIX = 'note-';

/**
 * The id of an external note, derived from its text (FNV-1a, 64 bits as two 32-bit halves), so the
 * same note cited twice keeps one number, and reading the same text twice gives the same id.
 */
export function externalNoteId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return `${EXTERNAL_NOTE_PREFIX}${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

/** Note text as it is stored: one line, inner whitespace runs collapsed, trimmed. */
export function cleanNoteText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function isExternalNoteId(id: string): boolean {
  return id.startsWith(EXTERNAL_NOTE_PREFIX);
}
