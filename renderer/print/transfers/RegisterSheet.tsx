import { useT } from '../../i18n/context';
import { receiptState, type TransferLetter } from '../../pages/transfers/letter-state';
import { formatDate } from '../../lib/member-display';
import { ListSheetPage } from '../ListSheetPage';
import type { PrintPage } from '../paginate';
import './transfers-print.css';

/** Rows on one A4 landscape page at 11 mm a row (two lines of an organisation's name), with the heading and footer. */
export const REGISTER_ROWS_PER_PAGE = 12;

const HEADS = ['number', 'letterNumber', 'direction', 'member', 'memberType', 'fromOrg', 'toOrg', 'issuedOn', 'validDays', 'duesPaidTo', 'receipt', 'status'] as const;
/** Column widths in mm (one for each of HEADS): together the 273 mm between the margins. */
const WIDTHS = [10, 30, 11, 18, 13, 46, 46, 22, 14, 18, 28, 17];

interface Props {
  pages: readonly PrintPage<TransferLetter>[];
  pageCount: number;
  total: number;
  branchName: string;
  /** 'YYYY' or the words for all years. */
  period: string;
  asOf: string;
}

/**
 * 组织关系介绍信登记簿 on A4 landscape: each letter out and in with its number, member, from
 * and to, dates, 有效期, 党费交至, the 回执 and where it stands. Cancelled letters stay in it
 * (their numbers are never reused). Every page has its heading and "第 N 页 共 M 页". Dates are
 * written 2026-11-25 and months 2025-10: short enough for their columns in any language.
 */
export function RegisterSheet({ pages, pageCount, total, branchName, period, asOf }: Props) {
  const t = useT();
  const receipt = (l: TransferLetter) => {
    const state = receiptState(l, asOf);
    if (state.kind === 'returned') return `${state.on}${state.handler ? ` ${state.handler}` : ''}`;
    if (state.kind === 'overdue') return t('transfers.receipt.overdueShort');
    if (state.kind === 'waiting') return t('transfers.receipt.waitingShort');
    return '';
  };
  return (
    <>
      {pages.map((page) => (
        <ListSheetPage
          key={page.number}
          className="bd-register-page"
          tableClassName="bd-register-table"
          title={t('transfers.register.printTitle')}
          meta={[`${t('transfers.register.branch')}：${branchName}`, period, `${t('transfers.register.asOf')}：${formatDate(t, asOf)}`, t('transfers.register.count', { count: total })]}
          widthsMm={WIDTHS}
          head={HEADS.map((h) => t(`transfers.register.col.${h}`))}
          page={page.number}
          pageCount={pageCount}
        >
          {page.rows.map((l, i) => (
            <tr key={`${l.direction}:${l.number}`}>
              <td className="bd-doc-num">{page.firstIndex + i + 1}</td>
              <td>{l.number}</td>
              <td>{t(`transfers.direction.${l.direction}`)}</td>
              <td>{l.memberName}</td>
              <td>{t(`member.type.${l.memberType}`)}</td>
              <td className="bd-register-org">
                <span className="bd-register-clamp">{l.fromOrg}</span>
              </td>
              <td className="bd-register-org">
                <span className="bd-register-clamp">{l.toOrg}</span>
              </td>
              <td>{l.issuedOn}</td>
              <td>{l.validDays === null ? '' : t('transfers.days', { days: l.validDays })}</td>
              <td>{l.duesPaidTo ?? ''}</td>
              <td>{receipt(l)}</td>
              <td>{t(`transfers.status.${l.status}`)}</td>
            </tr>
          ))}
        </ListSheetPage>
      ))}
    </>
  );
}
