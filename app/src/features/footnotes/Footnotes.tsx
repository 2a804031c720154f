import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { PassageInfo } from '../../../../electron/shared/api/apiTypes';
import { formatReference } from '../../../../electron/shared/citations/formatReference';
import { numberCitations } from '../../../../electron/shared/citations/numberCitations';
import { t } from '../../../../electron/shared/i18n/translate';
import { useApi } from '../../api/apiContext';
import { citationNumbersKey } from '../../editor/citationNumbers';

/**
 * The notes under the document, derived from the citations in it (never edited by hand). They are
 * recomputed shortly after the document changes, not on the keystroke itself.
 */
export function Footnotes({ editor }: { editor: Editor }) {
  const api = useApi();
  const [ids, setIds] = useState<string[]>([]);
  const cache = useRef(new Map<string, PassageInfo | null>());
  const [, setLoaded] = useState(0);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const read = () => {
      const state = citationNumbersKey.getState(editor.state);
      const next = state ? numberCitations(state.occurrences).notes.map((n) => n.passageId) : [];
      setIds((prev) => (prev.length === next.length && prev.every((id, i) => id === next[i]) ? prev : next));
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
  }, [editor]);

  useEffect(() => {
    const missing = ids.filter((id) => !cache.current.has(id));
    if (missing.length === 0) return;
    let cancelled = false;
    api.getPassages({ ids: missing }).then(
      (found) => {
        const byId = new Map(found.map((p) => [p.id, p]));
        for (const id of missing) cache.current.set(id, byId.get(id) ?? null);
        if (!cancelled) setLoaded((n) => n + 1);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, ids]);

  if (ids.length === 0) return null;
  return (
    <section className="footnotes" aria-label={t('footnotes.heading')} data-testid="footnotes">
      <h3>{t('footnotes.heading')}</h3>
      <ol>
        {ids.map((id, i) => {
          const p = cache.current.get(id);
          return (
            <li key={id} data-passage-id={id} value={i + 1}>
              <span className="footnote-number">[{i + 1}]</span>{' '}
              {p ? formatReference({ workTitle: p.workTitle, source: p.sources[0] ?? null }) : p === null ? t('footnotes.missing', { id }) : '…'}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
