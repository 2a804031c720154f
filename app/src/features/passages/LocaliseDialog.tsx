import { useEffect, useState } from 'react';
import type { LocalName } from '../../../../electron/shared/text/detectLocalNames';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { ModalFrame } from '../layout/ModalFrame';

interface Choice {
  name: LocalName;
  on: boolean;
  replacement: string;
}

/**
 * After adapting a passage: the place names and masks found in it, each with a replacement taken from
 * the writer's earlier choice or their profile; one click replaces the chosen ones and remembers them.
 */
export function LocaliseDialog({ names, onApply, onClose }: { names: LocalName[]; onApply: (replacements: Record<string, string>) => void; onClose: () => void }) {
  const api = useApi();
  const [choices, setChoices] = useState<Choice[]>(() => names.map((name) => ({ name, on: false, replacement: '' })));
  useEffect(() => {
    api.getProfile({}).then(
      (profile) =>
        setChoices(
          names.map((name) => {
            const remembered = profile.replacements[name.text];
            const guess = /[局委办司位]$/.test(name.text) ? profile.unit : profile.region;
            // Examples from other places (岱山东沙镇, 德清五四村) usually stay as they are: only masks and
            // names replaced before are ticked; the others are offered with a suggestion, unticked.
            return { name, on: remembered !== undefined || (name.kind === 'mask' && !!guess), replacement: remembered ?? guess };
          }),
        ),
      () => undefined,
    );
  }, [api, names]);

  const apply = () => {
    const chosen = Object.fromEntries(choices.filter((c) => c.on && c.replacement.trim()).map((c) => [c.name.text, c.replacement.trim()]));
    void api.saveProfile({ replacements: chosen }).catch(() => undefined);
    onApply(chosen);
  };

  return (
    <ModalFrame label={t('localise.title')} testId="localise-dialog">
        <p className="muted">{t('localise.hint')}</p>
        <ul className="localise-list">
          {choices.map((c, i) => (
            <li key={c.name.text} className="form-row localise-row">
              <label>
                <input
                  type="checkbox"
                  checked={c.on}
                  data-testid="localise-check"
                  onChange={(e) => setChoices((all) => all.map((x, k) => (k === i ? { ...x, on: e.target.checked } : x)))}
                />{' '}
                <span className="kind-tag">{c.name.kind === 'mask' ? t('localise.mask') : t('localise.place')}</span> {t('common.withCount', { name: c.name.text, n: c.name.positions.length })}
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
