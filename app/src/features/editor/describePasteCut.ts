import { t } from '../../../../electron/shared/i18n/translate';
import { PASTE_MAX_DEPTH, type PasteCut } from '../../editor/pasteSanitizer';

/** What a paste left out, in the writer's language: one sentence per kind of cut. */
export function describePasteCut(cut: PasteCut): string {
  const parts: string[] = [];
  if (cut.blocks) parts.push(t('paste.cutBlocks', { kept: cut.blocks.kept.toLocaleString(), total: cut.blocks.total.toLocaleString() }));
  else if (cut.chars) parts.push(t('paste.cutChars', { kept: cut.chars.kept.toLocaleString(), total: cut.chars.total.toLocaleString() }));
  if (cut.flattened) parts.push(t('paste.flattened', { depth: PASTE_MAX_DEPTH }));
  return parts.join(' ');
}
