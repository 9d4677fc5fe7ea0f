import { CheckCircleFilled, ExclamationCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { Input, Tag } from 'antd';
import { useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { parseTypedDate } from '../../lib/typed-date';
import { useT } from '../../i18n/context';
import { translateError, type Translate } from '../../i18n/translate';
import { checkTotal, GRADES, GRID_COLUMNS, issueColumns, nextCell, type CellKey, type Grade, type IssueSlot, type TallyKind, type TotalCheck, type Voters } from './appraisal-grid';
import { conflictText, gradeText, issueText } from './appraisal-text';
import { GradeCell } from './GradeCell';
import type { RowsStore, RowState } from './rows-store';

interface Props {
  store: RowsStore;
  states: readonly RowState[];
  kind: TallyKind;
  voters: Voters;
  readOnly: boolean;
}

/** The grade menu lives outside the row: focus there has not left it. */
const POPUPS = '.ant-dropdown';

/**
 * The feedback date is a plain text cell read like DateField reads typing: the date picker
 * takes Enter for itself, and Enter here moves down a row. Text that is no date goes as
 * typed, for the backend to refuse.
 */
function dateFromText(text: string): string | null {
  const s = text.trim();
  if (!s) return null;
  return parseTypedDate(s) ?? s;
}

/**
 * The member × result grid, for counting a stack of paper ballots: Tab goes across a row,
 * Enter down to the next (back to the column the secretary started from), and a row is saved
 * when the focus leaves it. The backend's issues appear under their cells; a refused row keeps
 * what was typed and the record stays as it was.
 */
export function EntryGrid({ store, states, kind, voters, readOnly }: Props) {
  const t = useT();
  const body = useRef<HTMLTableSectionElement>(null);
  const anchor = useRef<CellKey>(`${kind}.excellent`);
  const tabbing = useRef(false);

  const focusCell = (row: number, cell: CellKey) => {
    const el = body.current?.querySelector<HTMLElement>(`tr[data-row="${row}"] [data-cell="${cell}"]`);
    el?.querySelector<HTMLElement>('input, button')?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.key === 'Tab') {
      tabbing.current = true;
      return;
    }
    const td = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    const tr = td?.closest<HTMLElement>('tr[data-row]');
    if (!td || !tr) return;
    const at = { row: Number(tr.dataset.row), cell: td.dataset.cell as CellKey, anchor: anchor.current };
    let key: 'Enter' | 'ShiftEnter' | 'ArrowDown' | 'ArrowUp' | null = null;
    if (e.key === 'Enter') key = e.shiftKey ? 'ShiftEnter' : 'Enter';
    else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !e.altKey) key = e.key;
    if (!key) return;
    e.preventDefault();
    const code = tr.dataset.code;
    if (code) void store.save(code, voters);
    const to = nextCell(at, key, states.length);
    if (to) focusCell(to.row, to.cell);
  };

  const onFocus = (e: FocusEvent<HTMLTableSectionElement>) => {
    const td = e.target.closest<HTMLElement>('[data-cell]');
    if (!td) return;
    // Tab keeps the column Enter returns to; a click or Enter sets it.
    if (!tabbing.current) anchor.current = td.dataset.cell as CellKey;
    tabbing.current = false;
  };

  const onRowBlur = (code: string, tr: HTMLElement) => {
    // After the focus has landed: still inside the row (or its popup) means not left yet.
    setTimeout(() => {
      const active = document.activeElement;
      if (active && (tr.contains(active) || active.closest(POPUPS))) return;
      void store.save(code, voters);
    }, 0);
  };

  const header = (
    <thead>
      <tr>
        <th rowSpan={2} className="bd-ag-num">
          {t('appraisal.grid.number')}
        </th>
        <th rowSpan={2} className="bd-ag-name">
          {t('appraisal.grid.name')}
        </th>
        <th colSpan={5}>{t(`appraisal.grid.kind.${kind}`)}</th>
        <th rowSpan={2} className="bd-ag-grade">
          {t('appraisal.grid.selfGrade')}
        </th>
        <th rowSpan={2} className="bd-ag-grade">
          {t('appraisal.grid.verdict')}
        </th>
        <th rowSpan={2} className="bd-ag-date">
          {t('appraisal.grid.feedbackOn')}
        </th>
        <th rowSpan={2} className="bd-ag-status">
          {t('appraisal.grid.status')}
        </th>
      </tr>
      <tr>
        {GRADES.map((g) => (
          <th key={g} className="bd-ag-count">
            {gradeText(t, g)}
          </th>
        ))}
        <th className="bd-ag-total">{t('appraisal.grid.total')}</th>
      </tr>
    </thead>
  );

  return (
    <table className="bd-appraisal-grid" data-testid="appraisal-grid">
      {header}
      <tbody ref={body} onKeyDown={onKeyDown} onFocus={onFocus}>
        {states.map((s, i) => (
          <GridRow key={s.saved.memberCode} index={i} state={s} kind={kind} voters={voters[kind]} readOnly={readOnly} store={store} onBlur={onRowBlur} t={t} />
        ))}
      </tbody>
    </table>
  );
}

interface RowProps {
  index: number;
  state: RowState;
  kind: TallyKind;
  voters: number;
  readOnly: boolean;
  store: RowsStore;
  onBlur(code: string, tr: HTMLElement): void;
  t: Translate;
}

function GridRow({ index, state, kind, voters, readOnly, store, onBlur, t }: RowProps) {
  const { saved, draft, issues } = state;
  const code = saved.memberCode;
  const label = (column: string) => t('appraisal.grid.cellLabel', { name: saved.name, column });
  const setGrade = (field: 'selfGrade' | 'verdict') => (value: Grade | null) => store.edit(code, (d) => ({ ...d, [field]: value }), [field]);
  const total = checkTotal(draft[kind], voters);
  const failure = state.error ? (conflictText(t, state.error, 'change') ?? translateError(t, state.error)) : null;
  const messages = issueColumns(Object.keys(issues) as IssueSlot[], kind).map(({ slot, column }) => {
    const issue = issues[slot]!;
    const text = issueText(t, issue, slot);
    // The other tally's problem says which tally it is about.
    const other = slot.startsWith('ballots.') || slot.startsWith('peer.') ? slot.split('.')[0] : kind;
    return { column, text: other === kind ? text : `${t(`appraisal.grid.kind.${other as TallyKind}`)}：${text}` };
  });
  if (failure) messages.unshift({ column: 1, text: `${failure.what}${failure.next}` });

  return (
    <>
      <tr data-row={index} data-code={code} data-status={state.status} onBlur={(e) => onBlur(code, e.currentTarget)} className={state.status === 'error' ? 'bd-ag-row-error' : undefined}>
        <td className="bd-ag-num">{index + 1}</td>
        <td className="bd-ag-name">
          {saved.name}
          {saved.memberType === 'probationary' ? <Tag className="bd-ag-tag">{t('appraisal.grid.probationary')}</Tag> : null}
        </td>
        {GRADES.map((g) => {
          const cell: CellKey = `${kind}.${g}`;
          return (
            <td key={g} data-cell={cell} className="bd-ag-count">
              <Input
                className="bd-count-input"
                inputMode="numeric"
                autoComplete="off"
                aria-label={label(`${t(`appraisal.grid.kind.${kind}`)} ${gradeText(t, g)}`)}
                value={draft[kind][g]}
                disabled={readOnly}
                status={issues[cell] ? 'error' : undefined}
                onFocus={(e) => e.target.select()}
                onChange={(e) => store.edit(code, (d) => ({ ...d, [kind]: { ...d[kind], [g]: e.target.value } }), [cell, `${kind}.total`])}
              />
            </td>
          );
        })}
        <td className={`bd-ag-total bd-total-${total.state}`} title={total.state === 'empty' ? undefined : totalText(t, total, voters, false)}>
          <span className="bd-total-number">{total.total ?? ''}</span>
          {total.state === 'empty' ? null : <div className="bd-total-state">{totalText(t, total, voters, true)}</div>}
        </td>
        <td data-cell="selfGrade" className="bd-ag-grade">
          <GradeCell value={draft.selfGrade} onChange={setGrade('selfGrade')} aria-label={label(t('appraisal.grid.selfGrade'))} disabled={readOnly} invalid={!!issues.selfGrade} />
        </td>
        <td data-cell="verdict" className="bd-ag-grade">
          <GradeCell value={draft.verdict} onChange={setGrade('verdict')} aria-label={label(t('appraisal.grid.verdict'))} disabled={readOnly} invalid={!!issues.verdict} />
        </td>
        <td data-cell="feedbackOn" className="bd-ag-date">
          <Input
            autoComplete="off"
            aria-label={label(t('appraisal.grid.feedbackOn'))}
            placeholder={t('appraisal.grid.datePlaceholder')}
            value={draft.feedbackText}
            disabled={readOnly}
            status={issues.feedbackOn ? 'error' : undefined}
            onFocus={(e) => e.target.select()}
            onChange={(e) => {
              const text = e.target.value;
              store.edit(code, (d) => ({ ...d, feedbackText: text, feedbackOn: dateFromText(text) }), ['feedbackOn']);
            }}
          />
        </td>
        <td className="bd-ag-status">
          <RowStatusText state={state} t={t} />
        </td>
      </tr>
      {messages.length ? (
        <tr className="bd-ag-row-message" data-issues-for={code}>
          {messages[0]!.column > 0 ? <td colSpan={messages[0]!.column} /> : null}
          {messages.map((m, i) => (
            <td key={m.column} colSpan={(messages[i + 1]?.column ?? GRID_COLUMNS) - m.column} role="alert">
              {m.text}
            </td>
          ))}
        </tr>
      ) : null}
    </>
  );
}

/** The row total against the ballots collected, short in the cell, in full as its tooltip. */
function totalText(t: Translate, check: TotalCheck, voters: number, short: boolean): string {
  const params = { missing: voters - (check.total ?? 0), extra: (check.total ?? 0) - voters };
  const state = check.state === 'empty' ? 'ok' : check.state;
  return t(short ? `appraisal.grid.total.${state}Short` : `appraisal.grid.total.${state}`, params);
}

function RowStatusText({ state, t }: { state: RowState; t: Translate }) {
  if (state.status === 'saving') return <LoadingOutlined aria-label={t('appraisal.grid.status.saving')} />;
  if (state.status === 'error')
    return (
      <span className="bd-ag-status-error">
        <ExclamationCircleFilled /> {t('appraisal.grid.status.error')}
      </span>
    );
  if (state.status === 'dirty') return <span className="bd-ag-status-dirty">{t('appraisal.grid.status.dirty')}</span>;
  if (!state.saved.result) return <span className="bd-ag-status-blank">{t('appraisal.grid.status.blank')}</span>;
  return (
    <span className="bd-ag-status-saved">
      <CheckCircleFilled /> {t('appraisal.grid.status.saved')}
    </span>
  );
}
