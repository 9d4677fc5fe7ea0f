import { createContext, useContext } from 'react';

/** The pages of the main layout: one per menu item, plus the import wizard reached from the roster. */
export type PageKey =
  | 'home'
  | 'members'
  | 'structure'
  | 'import'
  | 'meetings'
  | 'development'
  | 'appraisal'
  | 'dues'
  | 'transfers'
  | 'reports'
  | 'exchange'
  | 'settings';

export const NavigationContext = createContext<(page: PageKey) => void>(() => undefined);

/** Moves to another page of the main layout, e.g. from the import result back to the roster. */
export function useNavigate(): (page: PageKey) => void {
  return useContext(NavigationContext);
}
