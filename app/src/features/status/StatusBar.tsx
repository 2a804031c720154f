import { useState } from 'react';
import { t } from '../../../../electron/shared/i18n/translate';
import { goalPercent } from '../../../../electron/shared/text/goalPercent';
import { lazyNamed } from '../lazy/lazyNamed';
import { OnDemand } from '../lazy/OnDemand';
import { editorStatus } from './editorStatus';
import { useStore } from './createStore';

const WordCountDialog = lazyNamed(() => import('./WordCountDialog'), 'WordCountDialog');

export function StatusBar() {
  const { save, saveError, count, goal } = useStore(editorStatus);
  const [showCount, setShowCount] = useState(false);
  const saveText =
    save === 'saved' ? t('save.saved') : save === 'saving' ? t('save.saving') : save === 'dirty' ? t('save.dirty') : t('save.failed', { message: (saveError ?? '').replace(/[。.]$/, '') });
  const percent = count ? goalPercent(count.words, goal) : null;
  return (
    <footer className="status-bar">
      <span className={`save-state save-${save}`} data-testid="save-state" data-state={save} role="status" aria-live="polite">
        {saveText}
      </span>
      {count && (
        <button type="button" className="counts" data-testid="open-word-count" title={t('wordcount.open')} onClick={() => setShowCount(true)}>
          {percent !== null && goal !== null && (
            <span className={`goal${percent >= 100 ? ' reached' : ''}`} data-testid="goal-progress">
              <progress max={100} value={percent} aria-label={t('wordcount.goal')} />
              {percent >= 100 ? t('status.goalReached', { goal }) : t('status.goal', { goal, percent })}
            </span>
          )}
          <span data-testid="word-count">{t('status.words', { n: count.words })}</span>
          <span>{t('status.punctuation', { n: count.punctuation })}</span>
          <span>{t('status.chars', { n: count.charsWithSpaces })}</span>
        </button>
      )}
      {showCount && (
        <OnDemand onClose={() => setShowCount(false)}>
          <WordCountDialog onClose={() => setShowCount(false)} />
        </OnDemand>
      )}
    </footer>
  );
}
