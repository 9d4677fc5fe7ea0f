import type { Translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/zh-CN';

/** What the backend counts and lists, by entity; db/bundles/cover-sheet.ts ENTITY_NAMES_ZH says the same. */
const ENTITY_KEYS: Record<string, MessageKey> = {
  member: 'exchange.entity.member',
  tombstone: 'exchange.entity.tombstone',
  report: 'exchange.entity.report',
  statement: 'exchange.entity.statement',
  revocation: 'exchange.entity.revocation',
  enrolment: 'exchange.entity.enrolment',
  receipt: 'exchange.entity.receipt',
};

/** An entity's name; one this version does not know is shown as the backend named it. */
export function entityName(t: Translate, entity: string): string {
  const key = ENTITY_KEYS[entity];
  return key ? t(key) : entity;
}
