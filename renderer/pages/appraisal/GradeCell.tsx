import { Dropdown } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/context';
import { GRADES, type Grade } from './appraisal-grid';
import { gradeText } from './appraisal-text';

interface Props {
  value: Grade | null;
  onChange(value: Grade | null): void;
  'aria-label': string;
  disabled?: boolean;
  invalid?: boolean;
}

/** 1–4 are the grades in their printed order, 0 clears: one key per cell while counting. */
const KEY_GRADE: Readonly<Record<string, Grade | null>> = { '1': 'excellent', '2': 'qualified', '3': 'basic', '4': 'unqualified', '0': null };

/**
 * A grade in the entry grid. A select would take Enter for itself; this cell leaves Enter to
 * the grid (next row) and takes a digit instead. A click, Space or Alt+↓ opens the list.
 */
export function GradeCell({ value, onChange, disabled, invalid, ...aria }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const choose = (grade: Grade | null) => {
    setOpen(false);
    onChange(grade);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'Tab') {
      // The open menu would catch Tab on window and pull the focus into itself: Tab goes
      // across the row instead (the grid still sees the key), and the menu closes.
      if (open) e.nativeEvent.stopPropagation();
      setOpen(false);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) {
      if (e.altKey && e.key === 'ArrowDown') setOpen(true);
      return;
    }
    if (Object.prototype.hasOwnProperty.call(KEY_GRADE, e.key)) {
      e.preventDefault();
      choose(KEY_GRADE[e.key] ?? null);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      choose(null);
    }
  };
  const items = [
    ...GRADES.map((g, i) => ({ key: g, label: `${i + 1}\u3000${gradeText(t, g)}` })),
    { type: 'divider' as const },
    { key: 'clear', label: `0\u3000${t('appraisal.grid.grade.clear')}` },
  ];
  return (
    <Dropdown
      trigger={['click']}
      open={open && !disabled}
      onOpenChange={setOpen}
      menu={{
        items,
        selectable: true,
        selectedKeys: value ? [value] : [],
        onClick: ({ key }) => choose(key === 'clear' ? null : (key as Grade)),
      }}
    >
      <button
        type="button"
        className={['bd-grade-cell', value ? '' : 'bd-grade-cell-empty', invalid ? 'bd-cell-invalid' : ''].filter(Boolean).join(' ')}
        aria-label={aria['aria-label']}
        aria-haspopup="menu"
        data-value={value ?? ''}
        disabled={disabled}
        onKeyDown={onKeyDown}
      >
        {value ? gradeText(t, value) : t('appraisal.grid.grade.none')}
      </button>
    </Dropdown>
  );
}
