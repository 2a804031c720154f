import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CITATION_EDITIONS, NOTE_STYLES, type CitationEdition, type NoteStyle } from '../../../../electron/shared/citations/citationStyles';
import { AUTHOR_PLACES, DATE_PLACES, LAYOUTS, PAGE_NUMBER_STYLES, type FormatProfile, type Layout } from '../../../../electron/shared/export/formatProfile';
import { FORMAT_PROFILE_FILE_EXTENSION } from '../../../../electron/shared/export/formatProfileFile';
import { ZIHAO_SIZES } from '../../../../electron/shared/export/zihao';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { ModalFrame } from '../layout/ModalFrame';
import { saveFile } from './saveFile';
import { chooseFiles } from '../desktop/chooseFiles';
import { FormatPreview } from './FormatPreview';
import { formatLabel } from './formatLabel';

type Element = 'title' | 'author' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'quote' | 'note' | 'pageNumber';
const ELEMENTS: Element[] = ['title', 'author', 'body', 'heading1', 'heading2', 'heading3', 'quote', 'note', 'pageNumber'];
// The faces units ask for, offered in the font field (any other name can be typed).
const FONTS = ['方正小标宋简体', '仿宋_GB2312', '楷体_GB2312', '黑体', '宋体', '仿宋', '楷体', '微软雅黑', 'Times New Roman'];

const utf8Base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/**
 * Unit formats (单位格式): pick one, edit a unit's own (the built-in layouts are copied with 另存为),
 * see page 1 drawn to scale as it changes, make it the default for new documents, and move it between
 * machines as a small file. `onClose(id)` hands back the format chosen.
 */
export function FormatDialog({ selectedId, onClose }: { selectedId: string; onClose: (chosen: string | null) => void }) {
  const api = useApi();
  const [profiles, setProfiles] = useState<FormatProfile[]>([]);
  const [defaultId, setDefaultId] = useState('material');
  const [draft, setDraft] = useState<FormatProfile | null>(null);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [naming, setNaming] = useState<string | null>(null);
  const [author, setAuthor] = useState('某某县农业农村局　副局长　张三');
  const fileInput = useRef<HTMLInputElement>(null);
  const builtin = !!draft && draft.id === draft.layout;

  const report = (err: unknown) => setMessage({ error: true, text: err instanceof Error ? err.message : String(err) });
  const load = (select?: string) =>
    api.listFormatProfiles({}).then(({ profiles: list, defaultId: d }) => {
      setProfiles(list);
      setDefaultId(d);
      setDraft((current) => list.find((p) => p.id === (select ?? current?.id ?? selectedId)) ?? list[0] ?? null);
      setDirty(false);
    }, report);
  useEffect(() => {
    void load(selectedId);
    // The preview writes the writer's own author line when there is one.
    api.getProfile({}).then((p) => {
      const line = [p.unit, p.position, p.name].map((s) => s.trim()).filter(Boolean).join('　');
      if (line) setAuthor(line);
    }, () => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  const change = (next: Partial<FormatProfile>) => {
    if (!draft || builtin) return;
    setDraft({ ...draft, ...next });
    setDirty(true);
    setMessage(null);
  };
  const save = () => draft && api.saveFormatProfile({ profile: draft }).then((p) => (setMessage({ error: false, text: t('format.saved') }), load(p.id)), report);
  const saveAs = (name: string) =>
    draft &&
    api.createFormatProfile({ from: draft.id, name }).then(async (copy) => {
      // A copy of an edited own format keeps the edits.
      if (dirty && !builtin) await api.saveFormatProfile({ profile: { ...draft, id: copy.id, name } });
      setNaming(null);
      await load(copy.id);
    }, report);
  const remove = () => draft && !builtin && window.confirm(t('format.deleteConfirm', { name: draft.name })) && api.deleteFormatProfile({ id: draft.id }).then(() => load('material'), report);
  const exportFile = () => draft && api.exportFormatProfile({ id: draft.id }).then((f) => saveFile(f.fileName, 'application/json', utf8Base64(f.text))).catch(report);
  const importFile = (file: File) =>
    file.text().then(
      (text) => api.importFormatProfile({ text }).then((p) => (setMessage({ error: false, text: t('format.imported', { name: p.name }) }), load(p.id)), report),
      report,
    );

  const row = (label: string, control: ReactNode, testId?: string) => (
    <label className="format-row" data-testid={testId}>
      <span>{label}</span>
      {control}
    </label>
  );
  const num = (value: number, onValue: (v: number) => void, min: number, max: number, step = 1, testId?: string) => (
    <input type="number" value={value} min={min} max={max} step={step} disabled={builtin} data-testid={testId} onChange={(e) => Number.isFinite(e.target.valueAsNumber) && onValue(Math.min(max, Math.max(min, e.target.valueAsNumber)))} />
  );
  const choice = <T extends string>(value: T, values: readonly T[], label: (v: T) => string, onValue: (v: T) => void, testId?: string) => (
    <select value={value} disabled={builtin} data-testid={testId} onChange={(e) => onValue(e.target.value as T)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </select>
  );

  return (
    <ModalFrame label={t('format.title')} testId="format-dialog" className="modal-wide format-dialog" onClose={() => onClose(draft?.id ?? null)} closeLabel={t('format.close')}>
      <p className="muted">{t('format.hint')}</p>
      {message && (
        <p className={message.error ? 'error-text' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="format-message">
          {message.text}
        </p>
      )}
      <div className="format-columns">
        <section className="format-list">
          <ul>
            {profiles.map((p) => (
              <li key={p.id}>
                <button type="button" className={p.id === draft?.id ? 'selected' : ''} onClick={() => (setDraft(p), setDirty(false), setMessage(null))} data-testid="format-item" data-format-id={p.id}>
                  {formatLabel(p)}
                  {p.id === p.layout && <span className="kind-tag">{t('format.builtin')}</span>}
                  {p.id === defaultId && <span className="kind-tag own">{t('format.isDefault')}</span>}
                </button>
              </li>
            ))}
          </ul>
          <div className="format-list-actions">
            {naming === null ? (
              <button type="button" className="small" onClick={() => setNaming('')} data-testid="format-save-as">
                {t('format.saveAs')}
              </button>
            ) : (
              <span className="format-naming">
                <input value={naming} maxLength={60} autoFocus aria-label={t('format.saveAsPrompt')} placeholder={t('format.saveAsPrompt')} onChange={(e) => setNaming(e.target.value)} data-testid="format-new-name" />
                <button type="button" className="primary small" disabled={!naming.trim()} onClick={() => void saveAs(naming.trim())} data-testid="format-new-confirm">
                  {t('format.save')}
                </button>
              </span>
            )}
            <button type="button" className="small" disabled={!draft || draft.id === defaultId} onClick={() => draft && void api.setDefaultFormat({ id: draft.id }).then(() => load(draft.id), report)} data-testid="format-set-default">
              {t('format.setDefault')}
            </button>
            <button type="button" className="small" onClick={() => void exportFile()} data-testid="format-export">
              {t('format.exportFile')}
            </button>
            <button type="button" className="small" onClick={() => void chooseFiles('formatProfile', fileInput.current, ([file]) => file && void importFile(file), (text) => setMessage({ error: true, text })).catch(report)} data-testid="format-import">
              {t('format.importFile')}
            </button>
            <input
              ref={fileInput}
              type="file"
              hidden
              accept={`${FORMAT_PROFILE_FILE_EXTENSION},.json`}
              data-testid="format-import-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void importFile(file);
                e.target.value = '';
              }}
            />
            {!builtin && draft && (
              <button type="button" className="small danger" onClick={() => void remove()}>
                {t('format.delete')}
              </button>
            )}
          </div>
        </section>
        {draft && (
          <section className="format-form" data-testid="format-form">
            {builtin && <p className="muted">{t('format.readOnly')}</p>}
            {row(t('format.name'), <input value={draft.name} maxLength={60} disabled={builtin} onChange={(e) => change({ name: e.target.value })} data-testid="format-name" />)}
            {row(t('format.layout'), choice<Layout>(draft.layout, LAYOUTS, (l) => t(`layout.${l}`), (layout) => change({ layout })))}
            <fieldset>
              <legend>{t('format.margins')}</legend>
              {(['top', 'bottom', 'left', 'right'] as const).map((side) => (
                <span key={side} className="format-inline">
                  {t(`format.margin.${side}`)} {num(draft.marginsMm[side], (v) => change({ marginsMm: { ...draft.marginsMm, [side]: v } }), 5, 60, 0.5, `format-margin-${side}`)}
                </span>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('format.elements')}</legend>
              <table className="format-elements">
                <tbody>
                  {ELEMENTS.map((el) => (
                    <tr key={el}>
                      <th>{t(`format.element.${el}`)}</th>
                      <td>
                        <input list="format-fonts" value={draft[el].font} maxLength={40} disabled={builtin} aria-label={`${t(`format.element.${el}`)} ${t('format.font')}`} onChange={(e) => change({ [el]: { ...draft[el], font: e.target.value } })} data-testid={`format-font-${el}`} />
                      </td>
                      <td>
                        <select value={draft[el].sizePt} disabled={builtin} aria-label={`${t(`format.element.${el}`)} ${t('format.size')}`} onChange={(e) => change({ [el]: { ...draft[el], sizePt: Number(e.target.value) } })} data-testid={`format-size-${el}`}>
                          {ZIHAO_SIZES.map((z) => (
                            <option key={z.key} value={z.pt}>
                              {t('format.sizeOption', { name: t(`zihao.${z.key}`), pt: z.pt })}
                            </option>
                          ))}
                          {!ZIHAO_SIZES.some((z) => z.pt === draft[el].sizePt) && <option value={draft[el].sizePt}>{draft[el].sizePt}</option>}
                        </select>
                      </td>
                      <td>
                        <label className="format-inline">
                          <input type="checkbox" checked={draft[el].bold} disabled={builtin} onChange={(e) => change({ [el]: { ...draft[el], bold: e.target.checked } })} /> {t('format.bold')}
                        </label>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <datalist id="format-fonts">
                {FONTS.map((f) => (
                  <option key={f} value={f} />
                ))}
              </datalist>
            </fieldset>
            {row(
              t('format.line'),
              <span className="format-inline">
                {choice<'exact' | 'multiple'>('exactPt' in draft.line ? 'exact' : 'multiple', ['exact', 'multiple'], (k) => t(`format.line.${k}`), (k) => change({ line: k === 'exact' ? { exactPt: 28.95 } : { multiple: 1.5 } }))}
                {'exactPt' in draft.line
                  ? num(Math.round(draft.line.exactPt * 100) / 100, (v) => change({ line: { exactPt: v } }), 8, 60, 0.5, 'format-line-exact')
                  : num(draft.line.multiple, (v) => change({ line: { multiple: v } }), 1, 3, 0.1, 'format-line-multiple')}
              </span>,
            )}
            {row(
              t('format.grid'),
              <span className="format-inline">
                <label className="format-inline">
                  <input type="checkbox" checked={!!draft.grid} disabled={builtin} onChange={(e) => change({ grid: e.target.checked ? { lines: 22, chars: 28 } : null })} data-testid="format-grid" /> {t('format.grid.use')}
                </label>
                {draft.grid && (
                  <>
                    {t('format.grid.lines')} {num(draft.grid.lines, (v) => change({ grid: { ...draft.grid!, lines: v } }), 10, 50, 1, 'format-grid-lines')} {t('format.grid.chars')}{' '}
                    {num(draft.grid.chars, (v) => change({ grid: { ...draft.grid!, chars: v } }), 10, 60, 1, 'format-grid-chars')}
                  </>
                )}
              </span>,
            )}
            {row(t('format.indent'), num(draft.firstLineChars, (v) => change({ firstLineChars: v }), 0, 4))}
            {row(t('format.pageNumber'), choice(draft.pageNumberStyle, PAGE_NUMBER_STYLES, (v) => t(`format.pageNumber.${v}`), (pageNumberStyle) => change({ pageNumberStyle }), 'format-page-number'))}
            {row(t('format.authorPlace'), choice(draft.authorPlace, AUTHOR_PLACES, (v) => t(`format.authorPlace.${v}`), (authorPlace) => change({ authorPlace }), 'format-author-place'))}
            {row(t('format.datePlace'), choice(draft.datePlace, DATE_PLACES, (v) => t(`format.datePlace.${v}`), (datePlace) => change({ datePlace }), 'format-date-place'))}
            {draft.layout === 'official' && (
              <fieldset>
                <legend>{t('format.record')}</legend>
                {row(t('format.copyTo'), <input value={draft.copyTo} maxLength={200} disabled={builtin} onChange={(e) => change({ copyTo: e.target.value })} data-testid="format-copy-to" />)}
                {row(t('format.printedBy'), <input value={draft.printedBy} maxLength={60} disabled={builtin} onChange={(e) => change({ printedBy: e.target.value })} data-testid="format-printed-by" />)}
              </fieldset>
            )}
            {row(t('format.notes'), choice<NoteStyle>(draft.notes, NOTE_STYLES, (s) => t(`footnotes.style.${s}`), (notes) => change({ notes })))}
            {row(t('format.edition'), choice<CitationEdition>(draft.edition, CITATION_EDITIONS, (e) => t(`footnotes.edition.${e}`), (edition) => change({ edition })))}
            {!builtin && (
              <footer className="modal-footer">
                <button type="button" className="primary" disabled={!dirty} onClick={() => void save()} data-testid="format-save">
                  {t('format.save')}
                </button>
              </footer>
            )}
          </section>
        )}
        {draft && <FormatPreview profile={draft} author={author} />}
      </div>
    </ModalFrame>
  );
}
