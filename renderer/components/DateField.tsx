import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../i18n/context';
import { LIVE_DATE_FORMATS, parseTypedDate } from '../lib/typed-date';

interface Props {
  /** 'YYYY-MM-DD' or empty. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
}

/**
 * A date field that holds an ISO string (what the API takes), not a dayjs object. Typing is
 * faster than the calendar for people copying dates from a paper file: the picker takes the
 * complete forms as they are typed, and the one-digit forms (1985.3.2, 1985/3/2, 1985-3-2)
 * are read when the field is left or Enter is pressed (see lib/typed-date.ts for why).
 */
export function DateField({ value, onChange, id, disabled, ...aria }: Props) {
  const t = useT();
  const parsed: Dayjs | null = value ? dayjs(value, 'YYYY-MM-DD', true) : null;
  const takeTyped = (target: EventTarget) => {
    if (!(target instanceof HTMLInputElement)) return;
    const iso = parseTypedDate(target.value);
    if (iso && iso !== value) onChange?.(iso);
  };
  return (
    <DatePicker
      id={id}
      aria-label={aria['aria-label']}
      className="bd-date-field"
      value={parsed?.isValid() ? parsed : null}
      format={LIVE_DATE_FORMATS}
      onBlur={(e) => takeTyped(e.target)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') takeTyped(e.target);
      }}
      placeholder={t('date.placeholder')}
      disabled={disabled}
      allowClear
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
    />
  );
}
