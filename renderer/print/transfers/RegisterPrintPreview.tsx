import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useAppShell } from '../../app/app-context';
import { useT } from '../../i18n/context';
import type { TransferLetter } from '../../pages/transfers/letter-state';
import { paginate } from '../paginate';
import { PrintPreview } from '../PrintPreview';
import { REGISTER_ROWS_PER_PAGE, RegisterSheet } from './RegisterSheet';

interface Props {
  letters: readonly TransferLetter[];
  year: number | null;
  onClose(): void;
}

/** 打印登记簿: the letters the register tab shows (one year or all), paged and numbered. */
export function RegisterPrintPreview({ letters, year, onClose }: Props) {
  const t = useT();
  const { branch } = useAppShell();
  const asOf = useMemo(() => dayjs().format('YYYY-MM-DD'), []);
  const pages = useMemo(() => paginate(letters, REGISTER_ROWS_PER_PAGE), [letters]);
  const period = year === null ? t('transfers.register.allYears') : t('transfers.register.year', { year });
  return (
    <PrintPreview title={t('transfers.register.printTitle')} onClose={onClose} note={t('transfers.register.printNote', { count: letters.length, pages: pages.length })}>
      <RegisterSheet pages={pages} pageCount={pages.length} total={letters.length} branchName={branch?.name ?? ''} period={period} asOf={asOf} />
    </PrintPreview>
  );
}
