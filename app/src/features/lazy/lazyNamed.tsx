import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { LoadingNote } from './LoadingNote';

/**
 * A component of its own chunk, fetched the first time it is drawn: for dialogs and panels nobody
 * sees at start-up, so their code is not parsed before the first screen. `fallback` (else
 * LoadingNote) stands in while the chunk loads; drawn inside OnDemand, which says so if it cannot.
 *
 * Not React.lazy: a Suspense boundary reveals its content no sooner than 300 ms after showing its
 * fallback (React's fallback throttle), so every first open would take a third of a second though
 * the chunk is in after a few milliseconds. Here the part is drawn in the render after it arrives,
 * and at once ever after.
 */
export function lazyNamed<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K, fallback?: ReactNode): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const loadOnce = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module[name];
      },
      (err: unknown) => {
        // Forgotten, so that opening the part again tries again.
        loading = null;
        throw err;
      },
    ));
  function OnFirstUse(props: P) {
    const [, arrived] = useState(0);
    const [error, setError] = useState<Error | null>(null);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      loadOnce().then(
        () => live && arrived((n) => n + 1),
        (err: unknown) => live && setError(err instanceof Error ? err : new Error(String(err))),
      );
      return () => {
        live = false;
      };
    }, []);
    if (error) throw error;
    if (!loaded) return fallback ?? <LoadingNote />;
    const Loaded = loaded;
    return <Loaded {...props} />;
  }
  OnFirstUse.displayName = `lazy(${name})`;
  return OnFirstUse;
}
