import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin } from 'antd';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { MemberListRow } from '../../api/types';
import type { SortKey } from '../../data/enums';
import { useT } from '../../i18n/context';
import { ROSTER_COLUMNS, rosterCellText, type CellContext } from '../../lib/roster-columns';
import type { RosterWindow } from './use-roster-window';

export interface SortState {
  sort: SortKey;
  direction: 'asc' | 'desc';
}

interface Props {
  window: RosterWindow;
  /** Changes whenever the query does: the list goes back to the top. */
  queryKey: string;
  sort: SortState;
  onSort(sort: SortState): void;
  onOpen(code: string): void;
  groups: ReadonlyMap<string, string>;
  large: boolean;
  /** Focus moves here from the search box (arrow down). */
  gridRef: React.RefObject<HTMLDivElement | null>;
}

const TEMPLATE = ROSTER_COLUMNS.map((c) => c.screen).join(' ');

/**
 * The roster as an ARIA grid with only the visible rows in the DOM (@tanstack/react-virtual),
 * so 200,000 members scroll as smoothly as 20. Rows are fetched page by page as they come
 * into view. Arrow keys move the highlighted row, Enter or a click opens the member.
 */
export function RosterTable({ window: win, queryKey, sort, onSort, onOpen, groups, large, gridRef }: Props) {
  const t = useT();
  const idBase = useId();
  const rowHeight = large ? 50 : 40;
  const count = win.total ?? 0;
  const [active, setActive] = useState(0);
  const [activeQuery, setActiveQuery] = useState(queryKey);
  if (activeQuery !== queryKey) {
    // A new search starts with the first row highlighted (adjusting state during render, as React advises).
    setActiveQuery(queryKey);
    setActive(0);
  }
  // The virtualizer is read fresh on every render (it is not memoised anywhere), which is what it needs.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => gridRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    // The sticky header sits above the rows inside the same scroller: offsets start below it,
    // and a row scrolled into view by the keyboard must not hide underneath it.
    scrollMargin: rowHeight,
    scrollPaddingStart: rowHeight,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { ensure } = win;

  useEffect(() => {
    ensure(first, last);
  }, [ensure, first, last]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [queryKey, virtualizer]);

  useEffect(() => {
    virtualizer.measure();
  }, [rowHeight, virtualizer]);

  const ctx: CellContext = { t, groups };
  const move = (to: number) => {
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const pageRows = Math.max(1, Math.floor((gridRef.current?.clientHeight ?? 400) / rowHeight) - 1);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + pageRows),
      PageUp: () => move(active - pageRows),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => {
        const row = win.rowAt(active);
        if (row) onOpen(row.code);
      },
    };
    const action = keys[e.key];
    if (action && count > 0) {
      e.preventDefault();
      action();
    }
  };

  const header = (
    <div role="row" className="bd-roster-row bd-roster-head" style={{ gridTemplateColumns: TEMPLATE, height: rowHeight }} aria-rowindex={1}>
      {ROSTER_COLUMNS.map((c) => {
        const sorted = c.sort !== undefined && sort.sort === c.sort;
        const ariaSort = sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : c.sort ? 'none' : undefined;
        return (
          <div key={c.key} role="columnheader" className="bd-roster-cell" {...(ariaSort ? { 'aria-sort': ariaSort } : {})}>
            {c.sort ? (
              <button
                type="button"
                className="bd-roster-sort"
                title={t('roster.sortBy', { label: t(c.labelKey) })}
                onClick={() => onSort({ sort: c.sort!, direction: sorted && sort.direction === 'asc' ? 'desc' : 'asc' })}
              >
                {t(c.labelKey)}
                {sorted ? sort.direction === 'asc' ? <CaretUpOutlined aria-hidden /> : <CaretDownOutlined aria-hidden /> : null}
              </button>
            ) : (
              t(c.labelKey)
            )}
          </div>
        );
      })}
    </div>
  );

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label={t('roster.gridLabel')}
      aria-rowcount={count + 1}
      aria-activedescendant={count > 0 ? `${idBase}-row-${active}` : undefined}
      tabIndex={0}
      className="bd-roster-grid"
      onKeyDown={onKeyDown}
      data-testid="roster-grid"
    >
      {header}
      {win.total === null && !win.error ? <Spin className="bd-roster-spin" /> : null}
      {win.total === 0 ? <Empty className="bd-roster-empty" description={t('roster.empty')} /> : null}
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row: MemberListRow | undefined = win.rowAt(item.index);
          const classes = ['bd-roster-row', item.index === active ? 'bd-roster-row-active' : '', row?.membership === 'left' ? 'bd-roster-row-left' : ''];
          return (
            <div
              key={item.key}
              id={`${idBase}-row-${item.index}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={item.index === active}
              className={classes.filter(Boolean).join(' ')}
              style={{ gridTemplateColumns: TEMPLATE, height: rowHeight, transform: `translateY(${item.start - rowHeight}px)` }}
              onClick={() => {
                setActive(item.index);
                if (row) onOpen(row.code);
              }}
            >
              {ROSTER_COLUMNS.map((c) => {
                const text = row ? rosterCellText(c.key, row, ctx) : '';
                return (
                  <div key={c.key} role="gridcell" className="bd-roster-cell" title={text}>
                    {row ? text : c.key === 'name' ? <span className="bd-roster-pending">…</span> : null}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
