import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useT } from '../../i18n/context';

dayjs.extend(customParseFormat);

/** The ways a month is typed, first one shown: 2026-03, 202603, 2026.3, 2026/3, 2026年3月. */
export const MONTH_INPUT_FORMATS = ['YYYY-MM', 'YYYYMM', 'YYYY.M', 'YYYY/M', 'YYYY年M月', 'YYYY-M'];

interface Props {
  /** 'YYYY-MM' or empty. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  allowClear?: boolean;
  className?: string;
  'aria-label'?: string;
}

/** A month field holding 'YYYY-MM' (what the dues API takes); typing is faster than the calendar. */
export function MonthField({ value, onChange, id, allowClear = false, className, ...aria }: Props) {
  const t = useT();
  const parsed: Dayjs | null = value ? dayjs(value, 'YYYY-MM', true) : null;
  return (
    <DatePicker
      picker="month"
      id={id}
      aria-label={aria['aria-label']}
      className={['bd-month-field', className].filter(Boolean).join(' ')}
      value={parsed?.isValid() ? parsed : null}
      format={MONTH_INPUT_FORMATS}
      placeholder={t('dues.month.placeholder')}
      allowClear={allowClear}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format('YYYY-MM') : null)}
    />
  );
}
