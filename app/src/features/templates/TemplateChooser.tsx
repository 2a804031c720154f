import { useEffect, useState } from 'react';
import { EMPTY_PROFILE, type DocumentRecord, type Profile } from '../../../../electron/shared/api/apiTypes';
import { t } from '../../../../electron/shared/i18n/translate';
import { fillProfile } from '../../../../electron/shared/templates/fillProfile';
import { useApi } from '../../api/apiContext';
import { localiseTemplate } from '../../../../electron/shared/templates/localiseTemplate';
import { useLocale } from '../locale/useLocale';
import { useTemplates } from './useTemplates';
import { ModalFrame } from '../layout/ModalFrame';

/** 新建 → 从模板: pick a template, see its structure and the works it follows, create the document. */
export function TemplateChooser({ onClose, onCreated }: { onClose: () => void; onCreated: (doc: DocumentRecord) => void }) {
  const api = useApi();
  const { templates: shipped, error: loadError } = useTemplates();
  const locale = useLocale();
  const templates = shipped?.map((tpl) => localiseTemplate(tpl, locale)) ?? null;
  const [chosen, setChosen] = useState<string | null>(null);
  const [profile, setProfile] = useState<Profile>(EMPTY_PROFILE);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Without the profile the template's author line would come out blank: said, and the template still opens.
    api.getProfile({}).then(setProfile, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [api]);
  const selected = templates?.find((tpl) => tpl.id === chosen) ?? templates?.[0] ?? null;
  const create = () => {
    if (!selected) return;
    api.createFromTemplate({ templateId: selected.id }).then(onCreated, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  const profileEmpty = !profile.name.trim() && !profile.unit.trim();
  return (
    <ModalFrame label={t('templates.title')} testId="template-chooser" className="wide" onClose={onClose} closeLabel={t('viewer.close')}>
        <p className="muted">{t('templates.hint')}</p>
        {(error ?? loadError) && <p className="error-text">{error ?? loadError}</p>}
        {templates && templates.length === 0 && <p className="muted">{t('templates.none')}</p>}
        <div className="template-chooser">
          <ul className="template-list" role="listbox" aria-label={t('templates.title')}>
            {templates?.map((tpl) => (
              <li key={tpl.id} role="option" aria-selected={tpl.id === selected?.id}>
                <button type="button" className={`template-option${tpl.id === selected?.id ? ' selected' : ''}`} data-testid="template-option" onClick={() => setChosen(tpl.id)} onDoubleClick={create}>
                  {tpl.name}
                </button>
              </li>
            ))}
          </ul>
          {selected && (
            <div className="template-detail" data-testid="template-detail">
              <h3>{fillProfile(selected.title, profile)}</h3>
              <p>{selected.description}</p>
              <ol className="template-sections">
                {selected.sections.map((s) => (
                  <li key={s.id}>
                    <strong className="template-heading">{s.heading ? fillProfile(s.heading, profile) : s.label}</strong>
                    <span className="muted">{s.hint}</span>
                  </li>
                ))}
              </ol>
              {/* One work a line, whole and in 《》: joined into one run, long titles with their own
                  brackets and quotes read as one garbled title. */}
              <p className="muted template-derived-heading">{t('templates.derivedFrom')}</p>
              <ul className="template-derived" data-testid="template-derived">
                {selected.derivedFrom.map((work) => (
                  <li key={work} className="muted">
                    {t('common.bookTitle', { title: work })}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        {profileEmpty && <p className="muted">{t('templates.profileMissing')}</p>}
        <footer className="modal-footer">
          <button type="button" onClick={onClose}>
            {t('import.cancel')}
          </button>
          <button type="button" className="primary" data-testid="template-create" disabled={!selected} onClick={create}>
            {t('templates.create')}
          </button>
        </footer>
    </ModalFrame>
  );
}
