import { createRequire } from 'node:module';

/**
 * A package required on its first use, not when the process starts: the host starts faster when
 * what only an export, an import or a related-passages lookup needs is not loaded before the first
 * window. A plain require, so the bundles resolve it as they resolve every other package (in
 * Electron's asar too), not through Node's ESM loader.
 */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= createRequire(__filename)(name) as T);
}
