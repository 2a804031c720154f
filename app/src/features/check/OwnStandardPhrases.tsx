import { useEffect, useState } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';

const MIN = 2;
const MAX = 200;

/**
 * The writer's own 规范表述 (standard formulations the check does not count as borrowed): listed,
 * removed and added here; the check's hover card adds them too and bumps `version`, so the list is
 * read again then (not after every check: the phrases change only here and there). `onChanged` runs
 * the check again.
 */
export function OwnStandardPhrases({ version, onChanged }: { version: number; onChanged: () => void }) {
  const api = useApi();
  const [own, setOwn] = useState<string[] | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.getStandardPhrases({}).then(
      (lists) => live && setOwn(lists.own),
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [api, version]);

  const save = (next: string[]) => {
    setBusy(true);
    setError('');
    api
      .saveStandardPhrases({ own: next })
      .then((lists) => {
        setOwn(lists.own);
        setDraft('');
        onChanged();
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .finally(() => setBusy(false));
  };

  const phrase = draft.trim();
  const tooShort = Array.from(phrase).length < MIN;
  const known = own?.includes(phrase) ?? false;
  const add = () => {
    if (own && !tooShort && !known) save([...own, phrase]);
  };

  return (
    <details className="check-own-standard" data-testid="check-own-standard">
      <summary>{t('check.ownStandard.title', { n: own?.length ?? 0 })}</summary>
      <p className="muted">{t('check.ownStandard.help')}</p>
      {own && own.length === 0 && <p className="muted">{t('check.ownStandard.none')}</p>}
      <ul>
        {own?.map((p) => (
          <li key={p} data-testid="check-own-standard-item">
            <span>{p}</span>
            <button type="button" className="small" disabled={busy} aria-label={t('check.ownStandard.removeLabel', { text: p })} onClick={() => save(own.filter((q) => q !== p))}>
              {t('check.ownStandard.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="check-own-standard-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          value={draft}
          maxLength={MAX}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={t('check.ownStandard.placeholder')}
          aria-label={t('check.ownStandard.placeholder')}
          data-testid="check-own-standard-input"
        />
        <button type="submit" className="small" disabled={busy || !own || tooShort || known}>
          {t('check.ownStandard.add')}
        </button>
      </form>
      {known && <p className="muted">{t('check.ownStandard.known')}</p>}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
