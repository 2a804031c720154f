// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiInput, ApiMethod } from '../../../../../electron/shared/api/apiContract';
import type { PassageHit, SearchResult } from '../../../../../electron/shared/api/apiTypes';
import { mapContract } from '../../../../../electron/shared/api/mapContract';
import { ApiContext } from '../../../api/apiContext';
import { LibrarySearch } from '../LibrarySearch';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const hit = (id: string) => ({ id, text: `${id} 的段落`, kind: '论述', themes: [], sources: [], highlights: [], flags: [], own: false }) as unknown as PassageHit;

/** A stand-in API whose searches answer only when the test says so, as a slow host would. */
function heldSearchApi() {
  const held = new Map<string, (r: SearchResult) => void>();
  const api = mapContract<'call'>(<M extends ApiMethod>(method: M) => (input: ApiInput<M>) => {
    if (method === 'listPassageNotes') return Promise.resolve([] as never);
    if (method !== 'searchLibrary') return new Promise<never>(() => undefined);
    const { query } = input as ApiInput<'searchLibrary'>;
    return new Promise<never>((resolve) => held.set(query ?? '', (r) => resolve(r as never)));
  });
  /** Answers the search for these words (once its typing delay has passed and it was asked). */
  const answer = async (query: string, ids: string[]) => {
    await act(() => new Promise((r) => setTimeout(r, 60)));
    const reply = held.get(query);
    if (!reply) throw new Error(`no search for ${query} was asked`);
    await act(async () => reply({ total: ids.length, results: ids.map(hit) }));
  };
  return { api, answer };
}

let root: Root | null = null;
afterEach(() => {
  if (root) act(() => root!.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function renderSearch() {
  const { api, answer } = heldSearchApi();
  const onUse = vi.fn();
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root!.render(
      <ApiContext.Provider value={api}>
        <LibrarySearch onUse={onUse} onCiteQuote={() => undefined} onViewSource={() => undefined} version={0} />
      </ApiContext.Provider>,
    );
  });
  const box = host.querySelector<HTMLInputElement>('[data-testid="library-search"]')!;
  const type = (text: string) =>
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, text);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const press = (key: string, init: KeyboardEventInit = {}) => act(() => void box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));
  return { onUse, answer, type, press };
}

describe('LibrarySearch: Enter acts on the words in the box', () => {
  it('with the results up to date, Enter quotes the hit selected by the arrows', async () => {
    const s = await renderSearch();
    await s.type('垃圾分类');
    await s.answer('垃圾分类', ['a1', 'a2']);
    await s.press('ArrowDown');
    await s.press('Enter');
    expect(s.onUse.mock.calls).toEqual([[expect.objectContaining({ id: 'a2' }), 'quote']]);
  });

  it('pressed before the new words have results, Enter waits for them and quotes their first, not the old selection', async () => {
    const s = await renderSearch();
    await s.type('垃圾分类');
    await s.answer('垃圾分类', ['a1', 'a2']);
    await s.press('ArrowDown');
    await s.type('久久为功');
    await s.press('ArrowDown');
    await s.press('Enter');
    expect(s.onUse).not.toHaveBeenCalled();
    await s.answer('久久为功', ['b1', 'b2']);
    expect(s.onUse.mock.calls).toEqual([[expect.objectContaining({ id: 'b1' }), 'quote']]);
  });

  it('when the new words find nothing, the waiting Enter does nothing', async () => {
    const s = await renderSearch();
    await s.type('垃圾分类');
    await s.answer('垃圾分类', ['a1']);
    await s.type('无此词');
    await s.press('Enter');
    await s.answer('无此词', []);
    expect(s.onUse).not.toHaveBeenCalled();
  });

  it('typing on after Enter drops it: the writer is no longer asking for those results', async () => {
    const s = await renderSearch();
    await s.type('垃圾分类');
    await s.answer('垃圾分类', ['a1']);
    await s.type('久久');
    await s.press('Enter');
    await s.type('久久为功');
    await s.answer('久久为功', ['b1']);
    expect(s.onUse).not.toHaveBeenCalled();
  });

  it('an Enter that ends an IME composition is not taken', async () => {
    const s = await renderSearch();
    await s.type('垃圾分类');
    await s.answer('垃圾分类', ['a1']);
    await s.press('Enter', { isComposing: true });
    await s.type('久久为功');
    await s.press('Enter', { isComposing: true });
    await s.answer('久久为功', ['b1']);
    expect(s.onUse).not.toHaveBeenCalled();
  });
});
