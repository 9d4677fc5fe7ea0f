import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useT } from '../../i18n/context';

dayjs.extend(customParseFormat);

/** How a month is typed from a letter: 2026-11, 202611, 2026.11, 2026/11, 2026年11月. */
const MONTH_FORMATS = ['YYYY-MM', 'YYYYMM', 'YYYY.M', 'YYYY/M', 'YYYY年M月', 'YYYY-M'];

/** A month field holding 'YYYY-MM' (what the API takes), typed or picked. */
export function MonthField({ value, onChange, id, ...aria }: { value?: string | null; onChange?: (v: string | null) => void; id?: string; 'aria-label'?: string }) {
  const t = useT();
  const parsed: Dayjs | null = value ? dayjs(value, 'YYYY-MM', true) : null;
  return (
    <DatePicker
      id={id}
      aria-label={aria['aria-label']}
      picker="month"
      className="bd-date-field"
      value={parsed?.isValid() ? parsed : null}
      format={MONTH_FORMATS}
      placeholder={t('transfers.monthPlaceholder')}
      allowClear
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format('YYYY-MM') : null)}
    />
  );
}
