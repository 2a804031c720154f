import type { PassageFlag } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import type { MessageKey } from '../../../../electron/shared/i18n/zhCN';

const WORDS: Record<PassageFlag, { label: MessageKey; hint: MessageKey }> = {
  'masked-name': { label: 'library.flag.maskedName', hint: 'library.flag.maskedNameHint' },
  'mojibake-removed': { label: 'library.flag.mojibakeRemoved', hint: 'library.flag.mojibakeRemovedHint' },
};

/** A small warning badge for each thing the library build could not put right in a passage; the hint says what to check. */
export function PassageFlags({ flags }: { flags: PassageFlag[] }) {
  return (
    <>
      {flags.map((flag) => (
        <span key={flag} className="kind-tag warn flag" title={t(WORDS[flag].hint)} data-testid="passage-flag" data-flag={flag}>
          ⚠ {t(WORDS[flag].label)}
        </span>
      ))}
    </>
  );
}
