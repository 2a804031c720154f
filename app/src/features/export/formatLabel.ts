import type { FormatProfile } from '../../../../electron/shared/export/formatProfile';
import { t } from '../../../../electron/shared/i18n/translate';

/** The name a format goes by in a list: a built-in layout by its own name, a unit's format with the layout it is based on. */
export function formatLabel(p: FormatProfile): string {
  return p.id === p.layout ? t(`layout.${p.layout}`) : t('export.profile.custom', { name: p.name, layout: t(`layout.${p.layout}`) });
}
