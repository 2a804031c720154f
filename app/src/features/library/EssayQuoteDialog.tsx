import { useEffect, useRef } from 'react';
import type { PassageInfo, PassageQuote } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { ModalFrame } from '../layout/ModalFrame';
import { PassageQuotes } from './PassageQuotes';

/**
 * Asked before a passage from a 参考范文 is inserted as a quotation: a 范文 is normally not cited, so
 * 改写使用 is the default (focused, Enter); citing it anyway stays one click away, and the
 * statements it quotes can be cited on their own.
 */
export function EssayQuoteDialog({
  passage,
  onAdapt,
  onCite,
  onCiteQuote,
  onClose,
}: {
  passage: PassageInfo;
  onAdapt: () => void;
  onCite: () => void;
  onCiteQuote: (q: PassageQuote) => void;
  onClose: () => void;
}) {
  const adapt = useRef<HTMLButtonElement>(null);
  useEffect(() => adapt.current?.focus(), []);
  return (
    <ModalFrame label={t('essayQuote.title')} heading={t('essayQuote.title')} testId="essay-quote-dialog" onClose={onClose} closeLabel={t('essayQuote.cancel')}>
      <p data-testid="essay-quote-explanation">{t('essayQuote.body')}</p>
      <blockquote className="essay-quote-text">{passage.text.length > 160 ? `${passage.text.slice(0, 160)}…` : passage.text}</blockquote>
      {(passage.quotes?.length ?? 0) > 0 && (
        <>
          <p className="muted">{t('essayQuote.statements')}</p>
          <PassageQuotes passage={passage} onCite={(_p, q) => onCiteQuote(q)} />
        </>
      )}
      <footer className="modal-footer">
        <button type="button" onClick={onClose}>
          {t('essayQuote.cancel')}
        </button>
        <button type="button" onClick={onCite} data-testid="essay-quote-cite">
          {t('essayQuote.cite')}
        </button>
        <button type="button" className="primary" ref={adapt} onClick={onAdapt} data-testid="essay-quote-adapt">
          {t('essayQuote.adapt')}
        </button>
      </footer>
    </ModalFrame>
  );
}
