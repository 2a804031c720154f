import { SOURCE_KINDS, type SourceKind } from '../../../../electron/shared/library/sourceKinds';
import { t } from '../../../../electron/shared/i18n/translate';

/** Choosing a source's kind; `auto` adds "自动判断" (the guess is made when the source is saved). */
export function SourceKindSelect({ value, onChange, auto, autoLabel, testId }: { value: SourceKind | null; onChange: (kind: SourceKind | null) => void; auto?: boolean; autoLabel?: string; testId?: string }) {
  return (
    <select aria-label={t('sourceKind.label')} value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as SourceKind | null)} data-testid={testId}>
      {auto && <option value="">{autoLabel ?? t('sourceKind.auto')}</option>}
      {SOURCE_KINDS.map((k) => (
        <option key={k} value={k} title={t(`sourceKind.hint.${k}`)}>
          {t(`sourceKind.${k}`)}
        </option>
      ))}
    </select>
  );
}
