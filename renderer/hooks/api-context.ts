import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';

/** Provided once in main.tsx, so components never reach for a global and the client stays swappable. */
export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi() used outside <ApiContext.Provider>');
  return client;
}
