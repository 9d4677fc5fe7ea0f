import { createContext, useContext } from 'react';

/** The pages of the main layout (the menu's enabled items). */
export type PageKey = 'home' | 'members' | 'structure' | 'import' | 'settings';

export const NavigationContext = createContext<(page: PageKey) => void>(() => undefined);

/** Moves to another page of the main layout, e.g. from the import result back to the roster. */
export function useNavigate(): (page: PageKey) => void {
  return useContext(NavigationContext);
}
