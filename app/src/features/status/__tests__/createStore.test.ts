import { describe, expect, it, vi } from 'vitest';
import { createStore } from '../createStore';

describe('createStore', () => {
  it('tells subscribers about a change, and keeps the same snapshot for a patch that changes nothing', () => {
    const store = createStore({ save: 'saved', count: 1 as number | null });
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.get();
    store.set({ save: 'saved' });
    store.set({ save: 'saved', count: 1 });
    expect(listener).not.toHaveBeenCalled();
    expect(store.get()).toBe(before);
    store.set({ count: 2 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ save: 'saved', count: 2 });
  });
});
