import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A component of its own chunk, fetched the first time it is drawn (inside OnDemand): for dialogs
 * and panels nobody sees at start-up, so their code is not parsed before the first screen.
 */
export function lazyNamed<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
