import dayjs from 'dayjs';
import type { MemberRecord } from '../api/types';
import { codeName } from '../data/codes';
import type { Translate } from '../i18n/translate';
import type { MemberFieldSpec } from './member-fields';

export interface DisplayContext {
  t: Translate;
  groups: ReadonlyMap<string, string>;
}

export function formatDate(t: Translate, iso: string | null | undefined): string {
  return iso ? dayjs(iso).format(t('format.date')) : '';
}

/** One field of a saved member as a person reads it: names for codes, dates in words, 是/否. */
export function memberValueText(spec: MemberFieldSpec, member: MemberRecord, ctx: DisplayContext): string {
  const { t } = ctx;
  const value = member[spec.name];
  switch (spec.kind) {
    case 'date':
      return formatDate(t, typeof value === 'string' ? value : null);
    case 'code':
      return codeName(spec.table ?? 'ethnicity', typeof value === 'string' ? value : null);
    case 'gender':
      return value === '1' || value === '2' ? t(`member.gender.${value}`) : '';
    case 'standing':
      return value === 'stopped' ? t('member.standing.stopped') : t('member.standing.normal');
    case 'bool':
      return value ? t('common.yes') : t('common.no');
    case 'group':
      return typeof value === 'string' ? (ctx.groups.get(value) ?? value) : '';
    case 'months':
      return typeof value === 'number' && value !== 0 ? t('member.monthsValue', { n: value }) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** 党龄 as "12年3个月"; null for a probationary member, who has none yet. */
export function partyAgeText(t: Translate, age: { years: number; months: number } | null): string {
  if (!age) return t('member.partyAge.none');
  return t('member.partyAge.value', { years: age.years, months: age.months });
}
