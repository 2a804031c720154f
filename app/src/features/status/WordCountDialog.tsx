import { useRef, useState } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';
import { useDialogFocus } from '../layout/useDialogFocus';
import type { MessageKey } from '../../../../electron/shared/i18n/zhCN';
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
  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box, close);
  // Each figure with what it counts, so a writer can tell it from Word's and WPS's (they agree).
  const rows: Array<[string, MessageKey, MessageKey, number]> = count
    ? [
        ['words', 'wordcount.words', 'wordcount.words.hint', count.words],
        ['charsNoSpaces', 'wordcount.charsNoSpaces', 'wordcount.charsNoSpaces.hint', count.charsWithoutSpaces],
        ['charsWithSpaces', 'wordcount.charsWithSpaces', 'wordcount.charsWithSpaces.hint', count.charsWithSpaces],
        ['paragraphs', 'wordcount.paragraphs', 'wordcount.paragraphs.hint', count.paragraphs],
        ['cjk', 'wordcount.cjk', 'wordcount.cjk.hint', count.cjkChars + count.fullWidthPunctuation],
        ['nonCjk', 'wordcount.nonCjk', 'wordcount.nonCjk.hint', count.nonCjkWords],
        ['punctuation', 'wordcount.punctuation', 'wordcount.punctuation.hint', count.punctuation],
      ]
    : [];
  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-label={t('wordcount.title')} data-testid="word-count-dialog">
      <div className="modal narrow" ref={box} tabIndex={-1}>
        <header className="modal-header">
          <h2>{t('wordcount.title')}</h2>
        </header>
        <table className="count-table">
          <tbody>
            {rows.map(([id, label, hint, n]) => (
              <tr key={id} data-testid={`count-${id}`}>
                <th scope="row">
                  {t(label)}
                  <span className="count-hint">{t(hint)}</span>
                </th>
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
