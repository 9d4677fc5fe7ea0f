import { Alert, Progress } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { MemberListRow, UiError } from '../api/types';
import { useAppShell } from '../app/app-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { useApi } from '../hooks/api-context';
import { useT } from '../i18n/context';
import type { RosterQuery } from '../pages/members/use-roster-window';
import { paginate } from './paginate';
import { PrintPreview } from './PrintPreview';
import { ROSTER_ROWS_PER_PAGE, RosterSheet } from './RosterSheet';

/** A roster longer than this is a 党委's, not a branch's: print it by 党小组 or category. */
export const ROSTER_PRINT_LIMIT = 5000;
const CHUNK = 1000;
const PREVIEW_PAGES = 3;

interface Props {
  query: RosterQuery;
  groups: ReadonlyMap<string, string>;
  onClose(): void;
}

/** Reads the rows the roster shows (same filters and order), in chunks, then previews and prints them. */
export function RosterPrintPreview({ query, groups, onClose }: Props) {
  const t = useT();
  const api = useApi();
  const { branch } = useAppShell();
  const [rows, setRows] = useState<MemberListRow[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const asOf = useMemo(() => dayjs().format('YYYY-MM-DD'), []);

  useEffect(() => {
    let current = true;
    void (async () => {
      const collected: MemberListRow[] = [];
      for (let offset = 0; offset < ROSTER_PRINT_LIMIT; offset += CHUNK) {
        const result = await api.call('members.list', { ...query, offset, limit: CHUNK });
        if (!current) return;
        if (!result.ok) {
          setError(result.error);
          return;
        }
        collected.push(...result.value.rows);
        setTotal(result.value.total);
        setRows([...collected]);
        if (collected.length >= result.value.total || result.value.rows.length < CHUNK) break;
      }
      setDone(true);
    })();
    return () => {
      current = false;
    };
  }, [api, query]);

  const pages = useMemo(() => paginate(rows, ROSTER_ROWS_PER_PAGE), [rows]);
  const tooMany = total !== null && total > ROSTER_PRINT_LIMIT;
  const sheet = (shown: typeof pages) => (
    <RosterSheet pages={shown} pageCount={pages.length} total={rows.length} branchName={branch?.name ?? ''} asOf={asOf} groups={groups} />
  );
  const note = done
    ? t(pages.length > PREVIEW_PAGES ? 'print.roster.notePartial' : 'print.roster.note', { count: rows.length, pages: pages.length, shown: PREVIEW_PAGES })
    : undefined;

  return (
    <PrintPreview
      title={t('print.roster.title')}
      onClose={onClose}
      ready={done && !error}
      note={note}
      preview={
        <>
          <ErrorAlert error={error} />
          {tooMany ? <Alert type="warning" showIcon className="bd-print-warning" title={t('print.roster.tooMany', { max: ROSTER_PRINT_LIMIT, total: total ?? 0 })} /> : null}
          {!done && !error ? <Progress percent={total ? Math.round((rows.length / Math.min(total, ROSTER_PRINT_LIMIT)) * 100) : 0} className="bd-print-progress" /> : null}
          {done ? sheet(pages.slice(0, PREVIEW_PAGES)) : null}
        </>
      }
    >
      {sheet(pages)}
    </PrintPreview>
  );
}
