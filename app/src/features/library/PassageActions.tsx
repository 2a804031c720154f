import type { PassageInfo } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';

export type PassageUse = 'quote' | 'adapt' | 'seeAlso';

/** The three ways to use a passage (插入引用, 改写使用, 参见), plus an optional extra button. */
export function PassageActions<P extends PassageInfo>({ passage, onUse, onViewSource }: { passage: P; onUse: (p: P, how: PassageUse) => void; onViewSource?: (p: P) => void }) {
  return (
    <span className="row-actions">
      <button type="button" className="primary small" onClick={() => onUse(passage, 'quote')}>
        {t('library.insertQuote')}
      </button>
      <button type="button" className="small" onClick={() => onUse(passage, 'adapt')}>
        {t('library.adapt')}
      </button>
      <button type="button" className="small" onClick={() => onUse(passage, 'seeAlso')}>
        {t('library.seeAlso')}
      </button>
      {onViewSource && (
        <button type="button" className="small" onClick={() => onViewSource(passage)}>
          {t('library.viewSource')}
        </button>
      )}
    </span>
  );
}
