import { useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { DocumentOptions } from '../../../../electron/shared/api/apiTypes';
import { noteMark } from '../../../../electron/shared/citations/citationMarks';
import { CITATION_EDITIONS, NOTE_STYLES, type CitationEdition, type NoteStyle } from '../../../../electron/shared/citations/citationStyles';
import { planNotes } from '../../../../electron/shared/citations/planNotes';
import type { CitationOccurrence } from '../../../../electron/shared/citations/resolveCitation';
import { t } from '../../../../electron/shared/i18n/translate';
import { citationNumbersKey } from '../../editor/citationNumbers';
import type { PassageCache } from '../passages/PassageCache';

/**
 * The notes under the document, derived from the citations in it (never edited by hand), in the
 * document's note style and GB/T 7714 edition, chosen here. They are recomputed shortly after the
 * document changes, not on the keystroke itself.
 */
export function Footnotes({
  editor,
  cache,
  options,
  onOptions,
}: {
  editor: Editor;
  cache: PassageCache;
  options: DocumentOptions;
  onOptions: (options: DocumentOptions) => void;
}) {
  const [occurrences, setOccurrences] = useState<CitationOccurrence[]>([]);
  // Bumped when passages arrive in the cache: the notes' texts change.
  const [cached, rerender] = useState(0);
  useEffect(() => cache.subscribe(() => rerender((n) => n + 1)), [cache]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const read = () => {
      const next = citationNumbersKey.getState(editor.state)?.occurrences ?? [];
      cache.ensure(next.filter((n) => !n.note).map((n) => n.passageId));
      // The counted state keeps its list while typing leaves the citations alone: no comparison then.
      setOccurrences((prev) => (prev === next || JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    read();
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(read, 120);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [editor, cache]);

  const style = options.notes;
  const { edition } = options;
  // Planned and drawn again only when the notes change: the page re-renders this at every autosave
  // (the list's 字数 and time), and 300 notes planned and diffed took a keystroke's frame with them.
  // `cached`: the cache's contents changed (cache.get reads them), though the cache is the same object.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const plan = useMemo(() => planNotes(occurrences, (id) => cache.get(id), { style, edition }), [occurrences, cache, cached, style, edition]);
  const notes = useMemo(
    () =>
      plan.notes.length > 0 && (
        <ol className="note-list">
          {plan.notes.map((note) => (
            <li key={note.number} data-passage-id={note.occurrence.passageId} data-testid="footnote">
              <span className="footnote-number">{noteMark(style, note.number)}</span> {note.text ?? '…'}
            </li>
          ))}
        </ol>
      ),
    [plan, style],
  );
  if (occurrences.length === 0) return null;
  return (
    <section className="footnotes" aria-label={t('footnotes.heading')} data-testid="footnotes" data-note-style={style}>
      <header className="footnotes-header">
        <h3>{style === 'endnotes' ? t('footnotes.endnote') : t('footnotes.heading')}</h3>
        <span className="footnote-options">
          <label>
            {t('footnotes.style')}{' '}
            <select data-testid="notes-mode" value={style} onChange={(e) => onOptions({ ...options, notes: e.target.value as NoteStyle })}>
              {NOTE_STYLES.map((s) => (
                <option key={s} value={s}>
                  {t(`footnotes.style.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('footnotes.edition')}{' '}
            <select data-testid="notes-edition" value={options.edition} onChange={(e) => onOptions({ ...options, edition: e.target.value as CitationEdition })}>
              {CITATION_EDITIONS.map((ed) => (
                <option key={ed} value={ed}>
                  {t(`footnotes.edition.${ed}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" data-testid="references-toggle" checked={options.references} onChange={(e) => onOptions({ ...options, references: e.target.checked })} />{' '}
            {t('footnotes.references')}
          </label>
        </span>
      </header>
      {style === 'circled' && <p className="muted footnotes-hint">{t('footnotes.circledHint')}</p>}
      {style === 'inline' && <p className="muted footnotes-hint">{t('footnotes.inlineHint')}</p>}
      {notes}
      {options.references && plan.references.length > 0 && (
        <div className="references" data-testid="references">
          <h3>{t('footnotes.referencesHeading')}</h3>
          <ol className="note-list">
            {plan.references.map((r, i) => (
              <li key={r}>
                {style === 'inline' ? '' : `[${i + 1}] `}
                {r}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
