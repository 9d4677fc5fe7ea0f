import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../i18n/context';
import type { Translate } from '../../i18n/translate';

export type TrustStatus = 'ok' | 'expired' | 'revoked';

const COLOURS: Record<TrustStatus, string> = { ok: 'green', expired: 'orange', revoked: 'red' };

export function StatusTag({ status }: { status: TrustStatus }) {
  const t = useT();
  return <Tag color={COLOURS[status]}>{t(`exchange.status.${status}`)}</Tag>;
}

/** "长期有效" or the last day, in the local date format. */
export function validUntilText(t: Translate, validUntil: string | null): string {
  return validUntil ? dayjs(validUntil).format(t('format.date')) : t('exchange.validForever');
}

/** A scope as people read it: the code prefix, or 全部 for a root's "*". */
export function scopeText(t: Translate, scope: string): string {
  return scope === '*' ? t('exchange.scopeAll') : scope;
}

/** The state of an authorisation we hold, as its columns tell it. */
export function statusOf(a: { revokedAt: string | null; validUntil: string | null }, now = Date.now()): TrustStatus {
  if (a.revokedAt) return 'revoked';
  if (a.validUntil && Date.parse(a.validUntil) < now) return 'expired';
  return 'ok';
}
