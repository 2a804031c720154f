import type { SourceKind } from '../../../../electron/shared/library/sourceKinds';
import { sourceKindRank } from '../../../../electron/shared/library/sourceKinds';
import { t } from '../../../../electron/shared/i18n/translate';

/** 权威文献 / 新闻报道 / 参考范文 as a badge, its meaning in the tooltip. */
export function SourceKindBadge({ kind }: { kind: SourceKind | undefined }) {
  if (!kind) return null;
  return (
    <span className={`kind-tag source-kind source-kind-${sourceKindRank(kind)}`} title={t(`sourceKind.hint.${kind}`)} data-testid="source-kind" data-kind={kind}>
      {t(`sourceKind.${kind}`)}
    </span>
  );
}
