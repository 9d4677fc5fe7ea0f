import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n/context';
import { LIVE_MONTH_FORMATS, parseTypedMonth } from '../../lib/typed-date';

interface Props {
  /** 'YYYY-MM' or empty. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  allowClear?: boolean;
  className?: string;
  'aria-label'?: string;
}

/**
 * A month field holding 'YYYY-MM' (what the dues API takes); typing is faster than the calendar.
 * Like DateField, the picker takes only complete forms while typing (2026-03, 202603, 2026年3月);
 * 2026.3, 2026/3 and 2026-3 are read when the field is left or Enter is pressed.
 */
export function MonthField({ value, onChange, id, allowClear = false, className, ...aria }: Props) {
  const t = useT();
  const parsed: Dayjs | null = value ? dayjs(value, 'YYYY-MM', true) : null;
  const takeTyped = (target: EventTarget) => {
    if (!(target instanceof HTMLInputElement)) return;
    const month = parseTypedMonth(target.value);
    if (month && month !== value) onChange?.(month);
  };
  return (
    <DatePicker
      picker="month"
      id={id}
      aria-label={aria['aria-label']}
      className={['bd-month-field', className].filter(Boolean).join(' ')}
      value={parsed?.isValid() ? parsed : null}
      format={LIVE_MONTH_FORMATS}
      onBlur={(e) => takeTyped(e.target)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') takeTyped(e.target);
      }}
      placeholder={t('dues.month.placeholder')}
      allowClear={allowClear}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format('YYYY-MM') : null)}
    />
  );
}
