import type { MemberListRow } from '../api/types';
import { useT } from '../i18n/context';
import { formatDate } from '../lib/member-display';
import { ROSTER_COLUMNS, rosterCellText } from '../lib/roster-columns';
import { ListSheetPage } from './ListSheetPage';
import type { PrintPage } from './paginate';

/** Rows on one A4 landscape page at 7 mm a row, with the heading, the column header and the footer. */
export const ROSTER_ROWS_PER_PAGE = 20;
const NUMBER_COLUMN_MM = 13;

interface Props {
  pages: readonly PrintPage<MemberListRow>[];
  pageCount: number;
  total: number;
  branchName: string;
  asOf: string;
  groups: ReadonlyMap<string, string>;
}

/**
 * The 党员名册 on A4 landscape: every page carries the title, branch, 截至 date and count,
 * its own column header (also repeated by the browser should a page ever overflow) and
 * "第 N 页 共 M 页". Cells never wrap, so every page holds exactly its rows.
 */
export function RosterSheet({ pages, pageCount, total, branchName, asOf, groups }: Props) {
  const t = useT();
  const ctx = { t, groups };
  const widths = [NUMBER_COLUMN_MM, ...ROSTER_COLUMNS.map((c) => c.paperMm)];
  return (
    <>
      {pages.map((page) => (
        <ListSheetPage
          key={page.number}
          className="bd-doc-landscape bd-roster-page"
          tableClassName="bd-roster-table"
          title={t('print.roster.title')}
          meta={[`${t('print.roster.branch')}：${branchName}`, `${t('print.roster.asOf')}：${formatDate(t, asOf)}`, t('print.roster.count', { count: total })]}
          widthsMm={widths}
          head={[t('print.roster.number'), ...ROSTER_COLUMNS.map((c) => t(c.labelKey))]}
          page={page.number}
          pageCount={pageCount}
        >
          {page.rows.map((row, i) => (
            <tr key={row.code}>
              <td className="bd-doc-num">{page.firstIndex + i + 1}</td>
              {ROSTER_COLUMNS.map((c) => (
                <td key={c.key}>{rosterCellText(c.key, row, ctx)}</td>
              ))}
            </tr>
          ))}
        </ListSheetPage>
      ))}
    </>
  );
}
