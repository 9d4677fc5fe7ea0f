import { useMemo } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoadWith } from '../../hooks/use-load-with';
import { useT } from '../../i18n/context';
import type { DuesPeriod } from '../../pages/dues/dues-logic';
import { PrintPreview } from '../PrintPreview';
import { DuesRegisterSheet } from './DuesRegisterSheet';
import { layoutRegister } from './register-layout';
import './dues-print.css';

const PREVIEW_PAGES = 3;

/** 打印登记表: the month's, quarter's or year's 党费收缴登记表 from the backend's model, previewed and printed. */
export function DuesRegisterPreview({ period, onClose }: { period: DuesPeriod; onClose(): void }) {
  const t = useT();
  const load = useLoadWith('dues.register', { period });
  const doc = load.value;
  const layout = useMemo(() => (doc ? layoutRegister(doc) : null), [doc]);
  const ready = doc !== null && layout !== null && !load.loading;
  const note = ready
    ? t(layout.pages.length > PREVIEW_PAGES ? 'dues.print.notePartial' : 'dues.print.note', { count: doc.rows.length, pages: layout.pages.length, shown: PREVIEW_PAGES })
    : undefined;
  return (
    <PrintPreview
      title={doc ? `${doc.title}（${doc.periodLabel}）` : t('dues.print.register')}
      onClose={onClose}
      ready={ready}
      note={note}
      preview={
        <>
          <ErrorAlert error={load.error} />
          {ready ? <DuesRegisterSheet doc={doc} layout={layout} onlyPages={PREVIEW_PAGES} /> : null}
        </>
      }
    >
      {ready ? <DuesRegisterSheet doc={doc} layout={layout} /> : null}
    </PrintPreview>
  );
}
