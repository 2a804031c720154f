import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { formatReference } from '../../../../electron/shared/citations/formatReference';
import { numberCitations, type CitationOccurrence } from '../../../../electron/shared/citations/numberCitations';
import { t } from '../../../../electron/shared/i18n/translate';
import { citationNumbersKey } from '../../editor/citationNumbers';
import type { PassageCache } from '../passages/PassageCache';

/**
 * The notes under the document, derived from the citations in it (never edited by hand). They are
 * recomputed shortly after the document changes, not on the keystroke itself.
 */
export function Footnotes({ editor, cache }: { editor: Editor; cache: PassageCache }) {
  const [notes, setNotes] = useState<CitationOccurrence[]>([]);
  const [, rerender] = useState(0);
  useEffect(() => cache.subscribe(() => rerender((n) => n + 1)), [cache]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const read = () => {
      const state = citationNumbersKey.getState(editor.state);
      const next = state ? numberCitations(state.occurrences).notes : [];
      cache.ensure(next.map((n) => n.passageId));
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
  return (
    <section className="footnotes" aria-label={t('footnotes.heading')} data-testid="footnotes">
      <h3>{t('footnotes.heading')}</h3>
      <ol>
        {notes.map((note, i) => {
          const p = cache.get(note.passageId);
          return (
            <li key={note.passageId} data-passage-id={note.passageId} value={i + 1}>
              <span className="footnote-number">[{i + 1}]</span>{' '}
              {p
                ? formatReference({ workTitle: p.workTitle, source: p.sources[0] ?? null, citedOn: note.citedOn })
                : p === null
                  ? t('footnotes.missing', { id: note.passageId })
                  : '…'}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
