import { t } from '../../../../electron/shared/i18n/translate';
import { isPassageKind } from '../../../../electron/shared/library/passageKinds';

/** A passage's kind (论述, 做法 …) as the interface names it; a kind this build does not know, as it is stored. */
export function passageKindLabel(kind: string): string {
  return isPassageKind(kind) ? t(`passageKind.${kind}`) : kind;
}
