/**
 * Membership event kinds. "in" kinds put a person on the roster, "out" kinds take them off;
 * the statistics' 增加 and 减少 lists are exactly these events within a period (DOMAIN.md §6.2).
 * 'import' is a record brought in from an existing roster: on the roster from then on,
 * but not an addition in any period's statistics.
 */
export const ADDITION_KINDS = ['develop', 'transfer-in', 'restore'] as const;
export const REMOVAL_KINDS = ['transfer-out', 'death', 'expel', 'stop'] as const;
export const IN_KINDS = ['import', ...ADDITION_KINDS] as const;
export const STATUS_KINDS = [
  'full', // 转正
  'probation-extended', // 延长预备期
  'flow-out', // 外出流动
  'flow-return', // 流动返回
  'lost-contact', // 失联
  'contact-restored', // 恢复联系
] as const;

export const EVENT_KINDS = [...IN_KINDS, ...REMOVAL_KINDS, ...STATUS_KINDS] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** 出党 types (DOMAIN.md §1.3, §6.2). */
export const EXPEL_DETAILS = [
  'expelled', // 开除党籍
  'removed', // 除名
  'lapsed', // 自行脱党
  'withdrew', // 退党
  'probation-cancelled', // 取消预备党员资格
] as const;

export function isInKind(kind: string): boolean {
  return (IN_KINDS as readonly string[]).includes(kind);
}

export function isOutKind(kind: string): boolean {
  return (REMOVAL_KINDS as readonly string[]).includes(kind);
}

export const EVENT_LABELS_ZH: Record<EventKind, string> = {
  import: '录入（原有党员）',
  develop: '发展（接收为预备党员）',
  'transfer-in': '组织关系转入',
  restore: '恢复党籍',
  'transfer-out': '组织关系转出',
  death: '死亡',
  expel: '出党',
  stop: '停止党籍',
  full: '转为正式党员',
  'probation-extended': '延长预备期',
  'flow-out': '外出流动',
  'flow-return': '流动返回',
  'lost-contact': '失去联系',
  'contact-restored': '恢复联系',
};
