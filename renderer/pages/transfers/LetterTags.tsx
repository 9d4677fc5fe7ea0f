import { Button, Tag, Tooltip } from 'antd';
import { useT } from '../../i18n/context';
import { formatDate } from '../../lib/member-display';
import type { ReceiptState, TransferLetter } from './letter-state';

const STATUS_COLOURS = { issued: 'blue', confirmed: 'green', cancelled: 'default', received: 'green' } as const;

/** 已开具 / 已转出 / 已作废 (with the reason) / 已转入. */
export function LetterStatusTag({ letter }: { letter: TransferLetter }) {
  const t = useT();
  const tag = <Tag color={STATUS_COLOURS[letter.status]}>{t(`transfers.status.${letter.status}`)}</Tag>;
  if (letter.status === 'cancelled' && letter.cancelReason) return <Tooltip title={letter.cancelReason}>{tag}</Tooltip>;
  if (letter.confirmedOn && letter.status !== 'issued') return <Tooltip title={formatDate(t, letter.confirmedOn)}>{tag}</Tooltip>;
  return tag;
}

/** Where the 回执 stands: back on a date (and who handled it), overdue by N days, or expected by a date. */
export function ReceiptTag({ state }: { state: ReceiptState }) {
  const t = useT();
  switch (state.kind) {
    case 'returned':
      return (
        <>
          <Tag color="green">{t('transfers.receipt.returned', { date: formatDate(t, state.on) })}</Tag>
          {state.handler ? <div className="bd-transfers-sub">{t('transfers.receipt.handlerValue', { handler: state.handler })}</div> : null}
        </>
      );
    case 'overdue':
      return (
        <Tag color="red" data-testid="receipt-overdue">
          {t('transfers.receipt.overdue', { days: state.days })}
        </Tag>
      );
    case 'waiting':
      return <Tag color="gold">{t('transfers.receipt.waiting', { date: formatDate(t, state.dueBy) })}</Tag>;
    default:
      return <span>—</span>;
  }
}

/** The member named in a letter or flow record, opening their record (also after they left the roster). */
export function MemberLink({ letter, onOpen }: { letter: { memberCode: string | null; memberName?: string; name?: string }; onOpen(code: string): void }) {
  const name = letter.memberName ?? letter.name ?? '';
  const code = letter.memberCode;
  if (!code) return <>{name}</>;
  return (
    <Button type="link" className="bd-transfers-member" onClick={() => onOpen(code)}>
      {name}
    </Button>
  );
}
