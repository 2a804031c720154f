import { t } from '../../../../electron/shared/i18n/translate';
import type { TemplateSection } from '../../../../electron/shared/templates/templateSchema';
import { localiseTemplate } from '../../../../electron/shared/templates/localiseTemplate';
import { useLocale } from '../locale/useLocale';
import { useTemplates } from './useTemplates';

/** Beside a document started from a template: each section's hint and a "suggest passages" button. */
export function TemplateGuide({ templateId, onSuggest }: { templateId: string; onSuggest: (suggest: TemplateSection['suggest']) => void }) {
  const { templates } = useTemplates();
  const locale = useLocale();
  const found = templates?.find((tpl) => tpl.id === templateId);
  if (!found) return null;
  const template = localiseTemplate(found, locale);
  return (
    <section className="template-guide" aria-label={t('templates.guide')} data-testid="template-guide">
      <header className="panel-header">
        <h2>{t('templates.guide')}</h2>
        <span className="muted">{template.name}</span>
      </header>
      <ol className="guide-list">
        {template.sections.map((s) => (
          <li key={s.id} className="guide-item" data-testid="guide-section">
            <div className="guide-head">
              <strong>{s.label}</strong>
              <button
                type="button"
                className="small"
                data-testid="suggest-passages"
                title={s.suggest.theme ? t('templates.suggestTitle', { kind: s.suggest.kind, theme: s.suggest.theme }) : t('templates.suggestKindTitle', { kind: s.suggest.kind })}
                onClick={() => onSuggest(s.suggest)}
              >
                {t('templates.suggest')}
              </button>
            </div>
            <p className="muted">{s.hint}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
