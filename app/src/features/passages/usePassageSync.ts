import { useEffect } from 'react';
import type { Editor } from '@tiptap/core';
import { formatReference } from '../../../../electron/shared/citations/formatReference';
import { citationNumbersKey, refreshCitationTitles, type CitationNumbersStorage } from '../../editor/citationNumbers';
import { findPassageRuns, refreshPassageCheck, type PassageCheckStorage } from '../../editor/passageCheck';
import type { PassageCache } from './PassageCache';

const TITLE_TEXT_MAX = 120;

/**
 * Keeps the editor's view of the cited passages current: passage texts for the quotation check and
 * tooltip texts for citations. Runs when passages arrive and shortly after edits, never per keystroke.
 */
export function usePassageSync(editor: Editor, cache: PassageCache, onCompare: (passageId: string, text: string) => void): void {
  useEffect(() => {
    const storage = editor.storage as unknown as { passageCheck: PassageCheckStorage; citationNumbers: CitationNumbersStorage };
    const check = storage.passageCheck;
    const numbers = storage.citationNumbers;
    check.onCompare = onCompare;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const citedIds = () => {
      const ids = new Set<string>();
      for (const occ of citationNumbersKey.getState(editor.state)?.occurrences ?? []) ids.add(occ.passageId);
      for (const run of findPassageRuns(editor.state.doc)) ids.add(run.passageId);
      return [...ids];
    };
    const apply = (ids = citedIds()) => {
      if (editor.isDestroyed) return;
      let changed = false;
      for (const id of ids) {
        const p = cache.get(id);
        if (!p) continue;
        if (check.texts.get(id) !== p.text) {
          check.texts.set(id, p.text);
          changed = true;
        }
        const snippet = p.text.length > TITLE_TEXT_MAX ? `${p.text.slice(0, TITLE_TEXT_MAX)}…` : p.text;
        const title = `${snippet}\n${formatReference({ workTitle: p.workTitle, source: p.sources[0] ?? null })}`;
        if (numbers.titles.get(id) !== title) {
          numbers.titles.set(id, title);
          changed = true;
        }
      }
      if (changed) {
        refreshPassageCheck(editor);
        refreshCitationTitles(editor);
      }
    };
    // One walk of the document per sync: a long draft takes milliseconds to walk.
    const sync = () => {
      const ids = citedIds();
      cache.ensure(ids);
      apply(ids);
    };
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(sync, 150);
    };
    sync();
    const unsubscribe = cache.subscribe(() => apply());
    editor.on('update', onUpdate);
    return () => {
      unsubscribe();
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
      check.onCompare = null;
    };
  }, [editor, cache, onCompare]);
}
