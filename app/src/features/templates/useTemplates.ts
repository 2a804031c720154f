import { useEffect, useState } from 'react';
import type { QianwanApi } from '../../../../electron/shared/api/QianwanApi';
import type { Template } from '../../../../electron/shared/templates/templateSchema';
import { useApi } from '../../api/apiContext';

// Templates are read-only data: fetched once per client and shared by the chooser and the guide.
const cache = new WeakMap<QianwanApi, Promise<Template[]>>();

export function useTemplates(): { templates: Template[] | null; error: string | null } {
  const api = useApi();
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let promise = cache.get(api);
    if (!promise) {
      promise = api.listTemplates({});
      cache.set(api, promise);
      promise.catch(() => cache.delete(api));
    }
    let live = true;
    promise.then(
      (list) => live && setTemplates(list),
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return { templates, error };
}
