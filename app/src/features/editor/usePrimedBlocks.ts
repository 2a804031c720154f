import { useEffect } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { DraftPoster } from '../../api/DraftPoster';
import { blockJsonOf, hasBlockJson } from './serializeDoc';

/** The blocks are serialised for the autosave this long after the draft opens, PRIME_SLICE at a time while idle. */
const PRIME_DELAY_MS = 1000;
const PRIME_SLICE = 40;

/**
 * Serialises an opened draft's blocks once while the writer reads (and hands them to the save
 * worker, when there is one), a slice at a time when the page is idle, so the first autosave of a
 * long draft is as cheap as the rest.
 */
export function usePrimedBlocks(editor: Editor, poster: DraftPoster | null): void {
  useEffect(() => {
    let handle: number | null = null;
    const slice = (deadline: IdleDeadline) => {
      handle = null;
      if (editor.isDestroyed) return;
      const blocks: PmNode[] = [];
      editor.state.doc.forEach((block) => blocks.push(block));
      let done = false;
      while (!done && deadline.timeRemaining() > 2) {
        if (poster?.usable) done = poster.prime(blocks, blockJsonOf, PRIME_SLICE);
        else {
          const todo = blocks.filter((b) => !hasBlockJson(b)).slice(0, PRIME_SLICE);
          todo.forEach(blockJsonOf);
          done = todo.length < PRIME_SLICE;
        }
      }
      if (!done) handle = requestIdleCallback(slice, { timeout: 2000 });
    };
    const start = setTimeout(() => (handle = requestIdleCallback(slice, { timeout: 2000 })), PRIME_DELAY_MS);
    return () => {
      clearTimeout(start);
      if (handle !== null) cancelIdleCallback(handle);
    };
  }, [editor, poster]);
}
