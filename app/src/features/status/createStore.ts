import { useSyncExternalStore } from 'react';

export interface Store<T> {
  get(): T;
  set(patch: Partial<T>): void;
  subscribe(listener: () => void): () => void;
}

/**
 * A tiny external store: the status bar subscribes to it, so save state and counts update without
 * re-rendering the editor tree.
 */
export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      // A patch that changes nothing keeps the snapshot, so subscribers do not re-render (each React
      // commit while the cursor is in a long document costs a walk of the editor's DOM).
      if ((Object.keys(patch) as Array<keyof T>).every((k) => Object.is(state[k], patch[k]))) return;
      state = { ...state, ...patch };
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useStore<T extends object>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
