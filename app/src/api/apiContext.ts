import { createContext, useContext } from 'react';
import type { QianwanApi } from '../../../electron/shared/api/QianwanApi';

export const ApiContext = createContext<QianwanApi | null>(null);

export function useApi(): QianwanApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('ApiContext missing');
  return api;
}
