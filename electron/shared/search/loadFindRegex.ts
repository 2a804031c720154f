import type { CompileFindRegex } from './compileFindRegex';

let loaded: CompileFindRegex | null = null;
let loading: Promise<CompileFindRegex> | null = null;

/**
 * The renderer's way to compileFindRegex: re2js becomes a chunk of its own, fetched when the find bar
 * first opens rather than at every start-up. A failed load is forgotten, so the next call tries again.
 */
export function loadFindRegex(): Promise<CompileFindRegex> {
  loading ??= import('./compileFindRegex').then(
    (m) => (loaded = m.compileFindRegex),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** compileFindRegex once loadFindRegex has resolved, for code that must search synchronously. */
export function loadedFindRegex(): CompileFindRegex | null {
  return loaded;
}
