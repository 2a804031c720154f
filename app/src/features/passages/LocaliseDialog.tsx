import { useState } from 'react';
import type { LocalSuggestion } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { ModalFrame } from '../layout/ModalFrame';

interface Choice {
  name: LocalSuggestion;
  on: boolean;
  replacement: string;
}

/**
 * After adapting a passage: the place names and masks found in it, each with the replacement of its
 * level (a village for a village, a town for a town …) from the writer's earlier choice or profile;
 * one click replaces the chosen ones, whole names only, and remembers them.
 */
export function LocaliseDialog({
  names,
  onApply,
  onClose,
  onNotice,
}: {
  names: LocalSuggestion[];
  onApply: (replacements: Record<string, string>) => void;
  onClose: () => void;
  /** Says what went wrong after the dialog has closed (the choices could not be remembered). */
  onNotice: (text: string) => void;
}) {
  const api = useApi();
  // Examples from other places (岱山东沙镇, 德清五四村) usually stay as they are: only masks and names
  // replaced before are ticked; the others are offered with a suggestion, unticked.
  const [choices, setChoices] = useState<Choice[]>(() => names.map((name) => ({ name, on: name.remembered || (name.kind === 'mask' && !!name.replacement), replacement: name.replacement })));

  const apply = () => {
    const chosen = Object.fromEntries(choices.filter((c) => c.on && c.replacement.trim()).map((c) => [c.name.text, c.replacement.trim()]));
    // The text is replaced either way; only remembering the choices for next time can fail, and the writer is told.
    api.saveProfile({ replacements: chosen }).catch((err: unknown) => onNotice(t('localise.notRemembered', { message: err instanceof Error ? err.message : String(err) })));
    onApply(chosen);
  };

  return (
    <ModalFrame label={t('localise.title')} testId="localise-dialog" onEscape={onClose}>
        <p className="muted">{t('localise.hint')}</p>
        <ul className="localise-list">
          {choices.map((c, i) => (
            <li key={c.name.text} className="form-row localise-row" data-testid="localise-row" data-level={c.name.level ?? ''}>
              <label>
                <input
                  type="checkbox"
                  checked={c.on}
                  data-testid="localise-check"
                  onChange={(e) => setChoices((all) => all.map((x, k) => (k === i ? { ...x, on: e.target.checked } : x)))}
                />{' '}
                <span className="kind-tag">{c.name.kind === 'mask' ? t('localise.mask') : t(`localise.level.${c.name.level ?? 'unknown'}`)}</span>{' '}
                <span data-testid="localise-name">{t('common.withCount', { name: c.name.text, n: c.name.positions.length })}</span>
              </label>
              <input
                value={c.replacement}
                maxLength={100}
                data-testid="localise-replacement"
                aria-label={c.name.text}
                onChange={(e) => setChoices((all) => all.map((x, k) => (k === i ? { ...x, replacement: e.target.value, on: e.target.value.trim() !== '' } : x)))}
              />
            </li>
          ))}
        </ul>
        <footer className="modal-footer">
          <button type="button" onClick={onClose}>
            {t('localise.skip')}
          </button>
          <button type="button" className="primary" onClick={apply}>
            {t('localise.apply')}
          </button>
        </footer>
    </ModalFrame>
  );
}
