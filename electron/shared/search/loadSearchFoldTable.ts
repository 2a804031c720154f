let loaded: Uint16Array | null = null;
let loading: Promise<Uint16Array> | null = null;

/**
 * The renderer's way to searchFoldTable: OpenCC's dictionaries (~190 KB minified) become a chunk of
 * their own, fetched when find first needs them instead of parsed at every start-up. Node code keeps
 * calling searchFoldTable synchronously. A failed load is forgotten, so the next call tries again.
 */
export function loadSearchFoldTable(): Promise<Uint16Array> {
  loading ??= import('./searchFoldTable').then(
    (m) => (loaded = m.searchFoldTable()),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** The table once loadSearchFoldTable has resolved, for code that must search synchronously. */
export function loadedSearchFoldTable(): Uint16Array | null {
  return loaded;
}
