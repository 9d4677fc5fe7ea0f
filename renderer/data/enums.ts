/**
 * Value lists the screens offer, copied from the backend (the renderer may not import db/ at
 * run time). The `Same` checks below fail to compile when the backend's list changes, and
 * enums.test.ts compares the order with the backend's own arrays.
 */
import type { Committee, MemberAddition, MemberEvent, MemberQuery, StructureWarning, TermInput } from '../api/types';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Events that put someone on the roster; also the 增加方式 offered when adding a member by hand. */
export const IN_KINDS = ['import', 'develop', 'transfer-in', 'restore'] as const;
export const ADDITION_KINDS = IN_KINDS;
/** Events that put someone who left back on the roster. */
export const RETURN_KINDS = ['transfer-in', 'restore'] as const;
export const REMOVAL_KINDS = ['transfer-out', 'death', 'expel', 'stop'] as const;
export const STATUS_KINDS = ['full', 'probation-extended', 'flow-out', 'flow-return', 'lost-contact', 'contact-restored'] as const;
export const EVENT_KINDS = [...IN_KINDS, ...REMOVAL_KINDS, ...STATUS_KINDS] as const;
export const EXPEL_DETAILS = ['expelled', 'removed', 'lapsed', 'withdrew', 'probation-cancelled'] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
export type AdditionKind = (typeof ADDITION_KINDS)[number];

/** Kinds that carry a letter number and the other organisation (介绍信), or a destination. */
export const KINDS_WITH_ORG: ReadonlySet<EventKind> = new Set(['transfer-in', 'transfer-out', 'flow-out']);

export const COMMITTEE_POSTS = ['secretary', 'deputy-secretary', 'organisation', 'publicity', 'discipline', 'member'] as const;
export type CommitteePost = (typeof COMMITTEE_POSTS)[number];

export const WARNING_CODES = [
  'TOO_FEW_FULL_MEMBERS',
  'COMMITTEE_REQUIRED',
  'TOO_MANY_MEMBERS',
  'COMMITTEE_SIZE',
  'NO_SECRETARY',
  'ELECTION_DUE',
  'ELECTION_OVERDUE',
] as const;

export const SORT_KEYS = ['code', 'name', 'birthDate', 'joinDate', 'fullDate', 'groupCode'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Statistical age bands (DOMAIN.md §1.3); the backend types them as plain strings, the test pins them. */
export const AGE_BANDS = ['-30', '31-35', '36-40', '41-45', '46-50', '51-55', '56-60', '61-'] as const;

const checks: [
  Same<EventKind, MemberEvent['kind']>,
  Same<AdditionKind, MemberAddition['kind']>,
  Same<CommitteePost, TermInput['posts'][number]['post']>,
  Same<CommitteePost, Committee['posts'][number]['post']>,
  Same<(typeof WARNING_CODES)[number], StructureWarning['code']>,
  Same<SortKey, NonNullable<MemberQuery['sort']>>,
] = [true, true, true, true, true, true];
void checks;
