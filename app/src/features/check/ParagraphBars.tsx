import type { CheckParagraph } from '../../../../electron/shared/check/checkTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { formatRatio } from '../../../../electron/shared/check/formatRatio';

/**
 * One bar per paragraph, the document from top to bottom: the full width is the paragraph, the
 * coloured part what is borrowed (uncited words darker). A click takes the writer to it.
 */
export function ParagraphBars({ paragraphs, onSelect }: { paragraphs: readonly CheckParagraph[]; onSelect?: (p: CheckParagraph) => void }) {
  // 第 n 段 counts the body paragraphs only, as a reader of the draft counts them: headings are named as such.
  let body = 0;
  return (
    <ol className="check-paragraphs" data-testid="check-paragraphs">
      {paragraphs.map((p) => {
        const label = p.kind === 'heading' ? t('check.heading') : t('check.paragraph', { n: ++body });
        const cited = p.chars === 0 ? 0 : p.cited / p.chars;
        const uncited = p.chars === 0 ? 0 : p.uncited / p.chars;
        return (
          <li key={p.index}>
            <button type="button" className="check-paragraph" data-cited={p.cited} data-uncited={p.uncited} title={`${label} · ${p.excerpt}`} onClick={() => onSelect?.(p)} disabled={!onSelect}>
              <span className="check-paragraph-label">{label}</span>
              <span className="check-paragraph-bar" aria-hidden="true">
                <span className="check-fill-uncited" style={{ width: `${uncited * 100}%` }} />
                <span className="check-fill-cited" style={{ width: `${cited * 100}%` }} />
              </span>
              <span className="check-paragraph-value">{formatRatio(p.ratio)}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
