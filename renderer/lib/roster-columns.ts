import type { MemberListRow } from '../api/types';
import { codeName } from '../data/codes';
import type { SortKey } from '../data/enums';
import type { Translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh-CN';

export type RosterColumnKey =
  | 'name'
  | 'gender'
  | 'ethnicity'
  | 'birthDate'
  | 'education'
  | 'occupation'
  | 'group'
  | 'memberType'
  | 'joinDate'
  | 'fullDate'
  | 'mobile';

export interface RosterColumn {
  key: RosterColumnKey;
  labelKey: MessageKey;
  /** Set when the backend can sort by this column. */
  sort?: SortKey;
  /** Width on screen (CSS grid track) and on paper (mm; with the 13 mm 序号 column they fill the 273 mm of A4 landscape). */
  screen: string;
  paperMm: number;
}

/** The roster's columns, shared by the screen table and the printed roster so they never disagree. */
export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { key: 'name', labelKey: 'member.field.name', sort: 'name', screen: 'minmax(5.5em, 1.2fr)', paperMm: 24 },
  { key: 'gender', labelKey: 'member.field.gender', screen: '3.6em', paperMm: 11 },
  { key: 'ethnicity', labelKey: 'member.field.ethnicity', screen: 'minmax(4em, 0.8fr)', paperMm: 18 },
  { key: 'birthDate', labelKey: 'member.field.birthDate', sort: 'birthDate', screen: '6.9em', paperMm: 24 },
  { key: 'education', labelKey: 'member.field.education', screen: 'minmax(5.8em, 1fr)', paperMm: 22 },
  { key: 'occupation', labelKey: 'member.field.occupation', screen: 'minmax(6em, 1.4fr)', paperMm: 33 },
  { key: 'group', labelKey: 'member.field.groupCode', sort: 'groupCode', screen: 'minmax(5em, 1fr)', paperMm: 26 },
  { key: 'memberType', labelKey: 'roster.col.memberType', screen: '3.8em', paperMm: 14 },
  { key: 'joinDate', labelKey: 'member.field.joinDate', sort: 'joinDate', screen: '6.9em', paperMm: 24 },
  { key: 'fullDate', labelKey: 'member.field.fullDate', sort: 'fullDate', screen: '6.9em', paperMm: 24 },
  { key: 'mobile', labelKey: 'member.field.mobile', screen: '7.8em', paperMm: 28 },
];

export interface CellContext {
  t: Translate;
  /** 党小组 code → name. */
  groups: ReadonlyMap<string, string>;
}

/** The text of one cell, the same on screen and on paper. */
export function rosterCellText(key: RosterColumnKey, row: MemberListRow, ctx: CellContext): string {
  switch (key) {
    case 'name':
      return row.name;
    case 'gender':
      return codeName('gender', row.gender);
    case 'ethnicity':
      return codeName('ethnicity', row.ethnicity);
    case 'education':
      return codeName('education', row.education);
    case 'occupation':
      return codeName('occupation', row.occupation);
    case 'group':
      return row.groupCode ? (ctx.groups.get(row.groupCode) ?? row.groupCode) : '';
    case 'memberType':
      if (row.membership === 'left') return ctx.t('roster.left');
      return ctx.t(row.memberType === 'full' ? 'member.type.full' : 'member.type.probationary');
    case 'birthDate':
    case 'joinDate':
    case 'fullDate':
    case 'mobile':
      return row[key] ?? '';
  }
}
