import { Tag, Tooltip } from 'antd';
import { useT } from '../../i18n/context';
import { yuan } from './dues-text';
import { arrearsLevel, type ArrearsRow } from './dues-logic';

/**
 * The arrears flag of one member: a reminder at 3 overdue months, and at 6 consecutive months
 * "提请支委会研究". Only a flag: whether there was good cause is for the committee to judge.
 */
export function ArrearsTag({ row, short = false }: { row: ArrearsRow; short?: boolean }) {
  const t = useT();
  const level = arrearsLevel(row.flags);
  const detail = t('dues.arrears.detail', { months: row.months.length, amount: yuan(t, row.outstandingFen), longest: row.longestRun });
  if (level === 'committee') {
    return (
      <Tooltip title={`${t('dues.flag.committee', { months: row.longestRun })}。${detail} ${t('dues.arrears.committeeNote')}`}>
        <Tag color="red" data-testid="arrears-committee">
          {short ? t('dues.flag.committeeShort') : t('dues.flag.committee', { months: row.longestRun })}
        </Tag>
      </Tooltip>
    );
  }
  if (level === 'reminder') {
    return (
      <Tooltip title={detail}>
        <Tag color="orange" data-testid="arrears-reminder">
          {t(short ? 'dues.flag.reminderShort' : 'dues.flag.reminder', { months: row.months.length })}
        </Tag>
      </Tooltip>
    );
  }
  return (
    <Tooltip title={detail}>
      <Tag>{t('dues.flag.owing', { months: row.months.length })}</Tag>
    </Tooltip>
  );
}
