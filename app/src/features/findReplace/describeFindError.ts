import type { FindError } from '../../../../electron/shared/search/findError';
import { t } from '../../../../electron/shared/i18n/translate';

/** A find error in the user's language, naming the offending part of the pattern when there is one. */
export function describeFindError(error: FindError): string {
  switch (error.code) {
    case 'regexSyntax':
      return t('find.regexSyntax', { reason: t(`find.regexReason.${error.reason}`, { detail: error.detail ?? '' }) });
    case 'regexUnsupported':
      return t(`find.regexUnsupported.${error.feature}`);
    case 'regexTooComplex':
      return t('find.regexTooComplex');
    case 'regexMatchesEmpty':
      return t('find.regexMatchesEmpty');
  }
}
