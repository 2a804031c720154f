import { useEffect } from 'react';
import type { Editor } from '@tiptap/core';
import type { CitationEdition } from '../../../../electron/shared/citations/citationStyles';
import { citationIdentity, resolveCitation } from '../../../../electron/shared/citations/resolveCitation';
import { citationNumbersKey, refreshCitationTitles, type CitationNumbersStorage } from '../../editor/citationNumbers';
import { findPassageRuns, refreshPassageCheck, type PassageCheckStorage } from '../../editor/passageCheck';
import type { PassageCache } from './PassageCache';

const TITLE_TEXT_MAX = 120;

/**
 * Keeps the editor's view of the cited passages current: passage texts for the quotation check, and
 * for each citation the work it cites (so [1] notes number by work), its 文中注 and its tooltip. Runs
 * when passages arrive and shortly after edits, never per keystroke.
 */
export function usePassageSync(editor: Editor, cache: PassageCache, onCompare: (passageId: string, text: string) => void, edition: CitationEdition): void {
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
      const set = (map: Map<string, string>, key: string, value: string) => {
        if (map.get(key) === value) return;
        map.set(key, value);
        changed = true;
      };
      for (const id of ids) {
        const p = cache.get(id);
        if (p && check.texts.get(id) !== p.text) {
          check.texts.set(id, p.text);
          changed = true;
        }
      }
      for (const occ of citationNumbersKey.getState(editor.state)?.occurrences ?? []) {
        const p = cache.get(occ.passageId);
        if (!p || occ.note) continue;
        const resolved = resolveCitation(occ, p, { edition });
        if (resolved.entry === null) continue;
        const identity = citationIdentity(occ);
        set(numbers.keys, identity, resolved.key);
        set(numbers.inline, identity, resolved.attribution ?? '');
        const text = occ.statement ?? p.text;
        const snippet = text.length > TITLE_TEXT_MAX ? `${text.slice(0, TITLE_TEXT_MAX)}…` : text;
        set(numbers.titles, identity, `${snippet}\n${resolved.entry}`);
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
    // The first sync after the first frame: the passages' lookup makes the host search the library
    // for quoted originals (loading its index, 150 ms of a core at 200,000 passages), which on a
    // two-core machine held up the window's first paint; the notes take their numbers from the
    // passages a moment later either way (they come over the network).
    const first = requestAnimationFrame(() => {
      timer = setTimeout(sync, 0);
    });
    const unsubscribe = cache.subscribe(() => apply());
    editor.on('update', onUpdate);
    return () => {
      cancelAnimationFrame(first);
      unsubscribe();
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
      check.onCompare = null;
    };
  }, [editor, cache, onCompare, edition]);
}
