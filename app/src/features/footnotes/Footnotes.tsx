import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { DocumentOptions } from '../../../../electron/shared/api/apiTypes';
import { noteText } from '../../../../electron/shared/citations/resolveNotes';
import { numberCitations, type CitationOccurrence } from '../../../../electron/shared/citations/numberCitations';
import { t } from '../../../../electron/shared/i18n/translate';
import { citationNumbersKey } from '../../editor/citationNumbers';
import type { PassageCache } from '../passages/PassageCache';

/**
 * The notes under the document, derived from the citations in it (never edited by hand). They are
 * recomputed shortly after the document changes, not on the keystroke itself.
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
  const [notes, setNotes] = useState<CitationOccurrence[]>([]);
  const [, rerender] = useState(0);
  useEffect(() => cache.subscribe(() => rerender((n) => n + 1)), [cache]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const read = () => {
      const state = citationNumbersKey.getState(editor.state);
      const next = state ? numberCitations(state.occurrences).notes : [];
      cache.ensure(next.filter((n) => !n.note).map((n) => n.passageId));
      setNotes((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
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

  if (notes.length === 0) return null;
  const references = notes.map((note) => noteText(note, note.note ? null : cache.get(note.passageId)));
  // The 参考文献 list names each work once, in order of first citation.
  const referenceList = [...new Set(references.filter((r): r is string => r !== null))];
  return (
    <section className="footnotes" aria-label={t('footnotes.heading')} data-testid="footnotes">
      <header className="footnotes-header">
        <h3>{options.notes === 'endnote' ? t('footnotes.endnote') : t('footnotes.footnote')}</h3>
        <span className="footnote-options">
          <label>
            {t('footnotes.mode')}{' '}
            <select data-testid="notes-mode" value={options.notes} onChange={(e) => onOptions({ ...options, notes: e.target.value as DocumentOptions['notes'] })}>
              <option value="footnote">{t('footnotes.footnote')}</option>
              <option value="endnote">{t('footnotes.endnote')}</option>
            </select>
          </label>
          <label>
            <input type="checkbox" data-testid="references-toggle" checked={options.references} onChange={(e) => onOptions({ ...options, references: e.target.checked })} />{' '}
            {t('footnotes.references')}
          </label>
        </span>
      </header>
      <ol>
        {notes.map((note, i) => {
          const p = cache.get(note.passageId);
          return (
            <li key={note.passageId} data-passage-id={note.passageId} value={i + 1}>
              <span className="footnote-number">[{i + 1}]</span>{' '}
              {references[i] ?? (p === null ? t('footnotes.missing', { id: note.passageId }) : '…')}
            </li>
          );
        })}
      </ol>
      {options.references && referenceList.length > 0 && (
        <div className="references" data-testid="references">
          <h3>{t('footnotes.referencesHeading')}</h3>
          <ol>
            {referenceList.map((r, i) => (
              <li key={r}>
                [{i + 1}] {r}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
