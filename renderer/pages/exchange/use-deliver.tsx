import { useCallback, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/context';
import { downloadBase64 } from '../../lib/download';
import { CoverSheetDoc } from '../../print/exchange/CoverSheetDoc';
import { PrintPreview } from '../../print/PrintPreview';
import type { CoverSheet, Delivered } from './types';

const BUNDLE_MIME = 'application/octet-stream';

/**
 * Handing a bundle over: the file is saved where the person chooses (a download in the
 * browser, the save dialog in the desktop: no path crosses the API), and its cover sheet
 * (交接单) can be printed to go with it. `preview` is the print view, to place in the tree.
 */
export function useDeliver(): { deliver(d: Delivered): void; printCover(sheet: CoverSheet): void; preview: ReactNode } {
  const t = useT();
  const [sheet, setSheet] = useState<CoverSheet | null>(null);
  const deliver = useCallback((d: Delivered) => {
    if (d.contentBase64) downloadBase64(d.fileName, d.contentBase64, BUNDLE_MIME);
  }, []);
  const close = useCallback(() => setSheet(null), []);
  const preview = sheet ? (
    <PrintPreview title={t('exchange.cover.previewTitle')} note={sheet.title} onClose={close}>
      <CoverSheetDoc sheet={sheet} />
    </PrintPreview>
  ) : null;
  return { deliver, printCover: setSheet, preview };
}
