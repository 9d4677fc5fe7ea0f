import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useT } from '../i18n/context';

dayjs.extend(customParseFormat);

/**
 * The ways dates are typed here, first one shown: 1985-03-12, 19850312, 1985.3.12, 1985/3/12,
 * 1985年3月12日. The calendar is there for those who prefer clicking; typing is faster for
 * people copying dates from a paper file.
 */
export const DATE_INPUT_FORMATS = ['YYYY-MM-DD', 'YYYYMMDD', 'YYYY.M.D', 'YYYY/M/D', 'YYYY年M月D日', 'YYYY-M-D'];

interface Props {
  /** 'YYYY-MM-DD' or empty. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
}

/** A date field that holds an ISO string (what the API takes), not a dayjs object. */
export function DateField({ value, onChange, id, disabled, ...aria }: Props) {
  const t = useT();
  const parsed: Dayjs | null = value ? dayjs(value, 'YYYY-MM-DD', true) : null;
  return (
    <DatePicker
      id={id}
      aria-label={aria['aria-label']}
      className="bd-date-field"
      value={parsed?.isValid() ? parsed : null}
      format={DATE_INPUT_FORMATS}
      placeholder={t('date.placeholder')}
      disabled={disabled}
      allowClear
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
    />
  );
}
