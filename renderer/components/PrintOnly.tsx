import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Renders its children straight under <body>, hidden on screen. The print stylesheet hides
 * every other child of <body>, so only this prints: no blank pages from the hidden app.
 */
export function PrintOnly({ children }: { children: ReactNode }) {
  return createPortal(<div className="bd-print-only">{children}</div>, document.body);
}
