import { useState } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';
import { editorStatus } from './editorStatus';
import { useStore } from './createStore';

const GOAL_MAX = 1_000_000;

/** 字数统计 as in WPS, plus the document's 字数 goal. */
export function WordCountDialog({ onClose }: { onClose: () => void }) {
  const { count, goal, setGoal } = useStore(editorStatus);
  const [draft, setDraft] = useState(goal ? String(goal) : '');
  const parsed = draft.trim() === '' ? null : Number(draft.trim());
  const valid = parsed === null || (Number.isInteger(parsed) && parsed > 0 && parsed <= GOAL_MAX);
  const close = () => {
    if (valid && setGoal && parsed !== goal) setGoal(parsed);
    onClose();
  };
  const rows: Array<[string, number]> = count
    ? [
        [t('wordcount.words'), count.words],
        [t('wordcount.charsNoSpaces'), count.charsWithoutSpaces],
        [t('wordcount.charsWithSpaces'), count.charsWithSpaces],
        [t('wordcount.paragraphs'), count.paragraphs],
        [t('wordcount.cjk'), count.cjkChars],
        [t('wordcount.nonCjk'), count.nonCjkWords],
        [t('wordcount.punctuation'), count.punctuation],
      ]
    : [];
  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-label={t('wordcount.title')} data-testid="word-count-dialog" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="modal narrow">
        <header className="modal-header">
          <h2>{t('wordcount.title')}</h2>
        </header>
        <table className="count-table">
          <tbody>
            {rows.map(([label, n]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {setGoal && (
          <label className="form-row">
            <span>{t('wordcount.goal')}</span>
            <input
              data-testid="word-goal"
              inputMode="numeric"
              value={draft}
              aria-invalid={!valid}
              onChange={(e) => setDraft(e.target.value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)))}
              onKeyDown={(e) => e.key === 'Enter' && !e.nativeEvent.isComposing && close()}
            />
          </label>
        )}
        {setGoal && <p className={valid ? 'muted' : 'error-text'}>{t('wordcount.goalHint')}</p>}
        <footer className="modal-footer">
          <button type="button" className="primary" data-testid="word-count-close" disabled={!valid} onClick={close}>
            {t('wordcount.close')}
          </button>
        </footer>
      </div>
    </div>
  );
}
