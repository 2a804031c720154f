import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Profile } from '../../../../electron/shared/api/apiTypes';
import type { FormatProfile } from '../../../../electron/shared/export/formatProfile';
import { EXPORT_FORMATS, type ExportFormat, type ExportResult } from '../../../../electron/shared/export/exportFormats';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { ApiClientError } from '../../api/ApiClientError';
import { flushPendingSave } from '../editor/pendingSave';
import { lazyNamed } from '../lazy/lazyNamed';
import { OnDemand } from '../lazy/OnDemand';
import { saveFile } from './saveFile';
import { formatLabel } from './formatLabel';
import { ModalFrame } from '../layout/ModalFrame';
import { fillProfileBlanks, profileBlanks } from '../../editor/profileBlanks';

const FormatDialog = lazyNamed(() => import('./FormatDialog'), 'FormatDialog');

type Fonts = { checked: boolean; missing: Array<{ font: string; replacement: string | null }> } | null;

/**
 * File → 导出: format, the unit format (材料格式, 公文格式, 通用格式 or a unit's own), then the file as a
 * download. Nothing is refused silently: an empty document asks first, and before a PDF the fonts
 * this machine lacks are named with what replaces them.
 */
export function ExportDialog({
  documentId,
  format: initialFormat,
  editor,
  onFormat,
  onClose,
}: {
  documentId: string;
  format: string;
  /** The open draft's editor: the blanks a template left in it are named, and filled from the profile on request. */
  editor?: Editor | null;
  onFormat: (id: string) => void;
  onClose: () => void;
}) {
  const api = useApi();
  const readBlanks = () => (editor && !editor.isDestroyed ? profileBlanks(editor.state.doc) : []);
  const [blanks, setBlanks] = useState(readBlanks);
  const [filler, setFiller] = useState<Profile | null>(null);
  const [fileFormat, setFileFormat] = useState<ExportFormat>('docx');
  const [optionError, setOptionError] = useState<string | null>(null);
  const [profiles, setProfiles] = useState<FormatProfile[]>([]);
  const [profileId, setProfileId] = useState(initialFormat);
  const [checkAppendix, setCheckAppendix] = useState(false);
  const [working, setWorking] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [askEmpty, setAskEmpty] = useState(false);
  const [fonts, setFonts] = useState<Fonts>(null);
  const [managing, setManaging] = useState(false);
  const laidOut = fileFormat === 'docx' || fileFormat === 'pdf';
  const profile = profiles.find((p) => p.id === profileId) ?? null;

  const loadProfiles = () =>
    api.listFormatProfiles({}).then(
      ({ profiles: list }) => {
        setProfiles(list);
        // A deleted unit format: the document falls back to the built-in layout it was made from.
        setProfileId((id) => (list.some((p) => p.id === id) ? id : 'material'));
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  useEffect(() => {
    void loadProfiles();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  // Before a PDF is made here: which of the format's faces this machine lacks.
  useEffect(() => {
    if (fileFormat !== 'pdf' || !profile) return setFonts(null);
    let live = true;
    api.checkFonts({ id: profile.id }).then((f) => live && setFonts(f), () => live && setFonts(null));
    return () => {
      live = false;
    };
  }, [api, fileFormat, profile]);

  // A template made while 设置 was empty left （单位） and the like in the draft: the unit would get them
  // printed. The profile may have been filled in since; then its values can go in at once.
  const hasBlanks = blanks.length > 0;
  useEffect(() => {
    if (!hasBlanks) return;
    let live = true;
    api.getProfile({}).then(
      (p) => live && setFiller(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, hasBlanks]);
  const fillable = filler ? blanks.filter((b) => filler[b.field].trim()) : [];
  const fill = () => {
    const tr = editor && filler && !editor.isDestroyed ? fillProfileBlanks(editor.state, filler) : null;
    if (tr) editor!.view.dispatch(tr);
    setBlanks(readBlanks());
  };

  const choose = (id: string) => {
    setProfileId(id);
    onFormat(id);
    // This export uses the choice either way; the document keeps it for next time only if the save succeeds.
    api.setDocumentOptions({ id: documentId, format: id }).then(
      () => setOptionError(null),
      (err: unknown) => setOptionError(err instanceof Error ? err.message : String(err)),
    );
  };

  const start = async (allowEmpty = false) => {
    setWorking(true);
    setError(null);
    setResult(null);
    setAskEmpty(false);
    try {
      await flushPendingSave();
      const file = await api.exportDocument({
        id: documentId,
        format: fileFormat,
        ...(laidOut && profile ? { profileId: profile.id } : {}),
        ...(checkAppendix ? { checkAppendix } : {}),
        ...(allowEmpty ? { allowEmpty } : {}),
      });
      // 取消 in the save dialog: the file was made but not kept, so nothing says it was exported.
      if ((await saveFile(file.fileName, file.mimeType, file.dataBase64)) !== 'cancelled') setResult(file);
    } catch (err) {
      if (err instanceof ApiClientError && err.payload.code === 'document_empty') setAskEmpty(true);
      else setError(err instanceof Error ? err.message : String(err));
    } finally {
      setWorking(false);
    }
  };

  const fontList = (list: NonNullable<Fonts>['missing']) =>
    list.map((f) => (f.replacement ? t('export.fonts.replaced', { font: f.font, replacement: f.replacement }) : t('export.fonts.noneOfKind', { font: f.font }))).join(t('common.listSeparator'));

  return (
    <ModalFrame label={t('export.title')} testId="export-dialog" className="export-dialog" onClose={onClose} closeLabel={t('export.close')}>
      <fieldset className="export-choice" disabled={working}>
        <legend>{t('export.format')}</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f}>
            <input type="radio" name="export-format" value={f} checked={fileFormat === f} onChange={() => setFileFormat(f)} data-testid={`export-format-${f}`} /> {t(`export.format.${f}`)}
          </label>
        ))}
      </fieldset>
      {laidOut && (
        <fieldset className="export-choice" disabled={working}>
          <legend>{t('export.profile')}</legend>
          <span className="export-profile-row">
            <select value={profileId} onChange={(e) => choose(e.target.value)} data-testid="export-profile" aria-label={t('export.profile')}>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {formatLabel(p)}
                </option>
              ))}
            </select>
            <button type="button" className="small" onClick={() => setManaging(true)} data-testid="export-manage-formats">
              {t('export.profile.manage')}
            </button>
          </span>
          {profile && <p className="muted">{t(`layout.hint.${profile.layout}`)}</p>}
        </fieldset>
      )}
      {fileFormat === 'pdf' && fonts && (fonts.missing.length > 0 || !fonts.checked) && (
        <p className="warn-text" role="status" data-testid="export-fonts">
          {fonts.checked ? t('export.fonts.missing', { list: fontList(fonts.missing) }) : t('export.fonts.unchecked')}
        </p>
      )}
      {hasBlanks && (
        <div className="warn-text export-blanks" role="status" data-testid="export-blanks">
          <p>{t('export.blanks', { list: blanks.map((b) => t('export.blank', { blank: b.blank, n: b.count })).join(t('common.listSeparator')) })}</p>
          {filler && fillable.length > 0 && (
            <button type="button" className="small" disabled={working} onClick={fill} data-testid="export-fill-blanks">
              {t('export.fillBlanks', { list: fillable.map((b) => t('export.fillBlank', { blank: b.blank, value: filler[b.field].trim() })).join(t('common.listSeparator')) })}
            </button>
          )}
        </div>
      )}
      <label className="export-option">
        <input type="checkbox" checked={checkAppendix} disabled={working} onChange={(e) => setCheckAppendix(e.target.checked)} data-testid="export-check-appendix" /> {t('export.checkAppendix')}
      </label>
      {askEmpty && (
        <div className="confirm-block" role="alertdialog" data-testid="export-empty">
          <p>{t('export.empty.body')}</p>
          <span className="row-actions">
            <button type="button" onClick={() => setAskEmpty(false)}>
              {t('export.empty.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void start(true)} data-testid="export-empty-confirm">
              {t('export.empty.confirm')}
            </button>
          </span>
        </div>
      )}
      {working && (
        <div className="progress-block" data-testid="export-progress">
          <p>{fileFormat === 'pdf' ? t('export.workingPdf') : t('export.working')}</p>
          <progress />
        </div>
      )}
      {error && (
        <p className="error-text" role="alert">
          {t('export.failed', { message: error })}
        </p>
      )}
      {optionError && (
        <p className="error-text" role="alert" data-testid="export-format-not-kept">
          {t('export.formatNotKept', { message: optionError })}
        </p>
      )}
      {result && (
        <div data-testid="export-done">
          <p>{t('export.done', { name: result.fileName, size: Math.max(1, Math.round(result.bytes / 1024)) })}</p>
          <p className="muted">
            {t('export.notes', {
              mode: [t(`footnotes.style.${result.notes}`), t(`footnotes.edition.${result.edition}`)].join(t('common.listSeparator')),
              references: result.references ? t('export.withReferences') : t('export.noReferences'),
            })}
          </p>
          {result.pdfEngine && <p className="muted">{t(`export.engine.${result.pdfEngine}`)}</p>}
          {result.fonts.length > 0 && <p className="muted">{t('export.fonts.missing', { list: fontList(result.fonts) })}</p>}
        </div>
      )}
      <footer className="modal-footer">
        {result && (
          <button type="button" onClick={() => saveFile(result.fileName, result.mimeType, result.dataBase64).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))}>
            {t('export.downloadAgain')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {result ? t('export.close') : t('export.cancel')}
        </button>
        <button type="button" className="primary" disabled={working} onClick={() => void start()} data-testid="export-start">
          {t('export.start')}
        </button>
      </footer>
      {managing && (
        <OnDemand onClose={() => setManaging(false)}>
          <FormatDialog
            selectedId={profileId}
            onClose={(chosen) => {
              setManaging(false);
              void loadProfiles().then(() => chosen && choose(chosen));
            }}
          />
        </OnDemand>
      )}
    </ModalFrame>
  );
}
