import { t } from '../../../../electron/shared/i18n/translate';
import { editorStatus } from './editorStatus';
import { useStore } from './createStore';

export function StatusBar() {
  const { save, saveError, count } = useStore(editorStatus);
  const saveText =
    save === 'saved' ? t('save.saved') : save === 'saving' ? t('save.saving') : save === 'dirty' ? t('save.dirty') : t('save.failed', { message: saveError ?? '' });
  return (
    <footer className="status-bar">
      <span className={`save-state save-${save}`} data-testid="save-state" data-state={save} role="status" aria-live="polite">
        {saveText}
      </span>
      {count && (
        <span className="counts">
          <span data-testid="word-count">{t('status.words', { n: count.words })}</span>
          <span>{t('status.punctuation', { n: count.punctuation })}</span>
          <span>{t('status.chars', { n: count.charsWithSpaces })}</span>
        </span>
      )}
    </footer>
  );
}
