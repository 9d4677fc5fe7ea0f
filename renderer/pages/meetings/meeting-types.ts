/**
 * The meetings area's value lists, copied from db/meetings (the renderer may not import db/ at
 * run time). `Same` fails to compile when the backend's list changes; meeting-form.test.ts
 * compares the order with the backend's own arrays. Everything else comes as types from the contract.
 */
import type { OpInput, OpOutput } from '../../api/types';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export type Meeting = OpOutput<'meetings.get'>;
export type MeetingInput = OpInput<'meetings.create'>['meeting'];
export type MeetingType = Meeting['type'];
export type MeetingSummary = OpOutput<'meetings.list'>[number];
export type MeetingCheck = OpOutput<'meetings.check'>;
export type CadenceLine = OpOutput<'meetings.cadence'>[number];
export type Period = CadenceLine['period'];
export type Minutes = OpOutput<'meetings.minutes'>;
export type Amendment = OpOutput<'meetings.history'>[number];

export const MEETING_TYPES = ['general-assembly', 'committee', 'group', 'lecture', 'theme-day', 'life-meeting', 'appraisal', 'talk'] as const;
export const PERIODS = ['month', 'quarter', 'year'] as const;

export const TYPES_MATCH: Same<(typeof MEETING_TYPES)[number], MeetingType> = true;
export const PERIODS_MATCH: Same<(typeof PERIODS)[number], Period> = true;
