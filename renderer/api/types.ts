import type { OpInput, OpName, OpOutput } from '../../db/api/contract';
import type { ErrorCode, FieldIssue } from '../../db/api/errors';
import type { AppStatus, Branch, BranchInput, Preferences } from '../../db/api/schemas/store';

export type { AppStatus, Branch, BranchInput, ErrorCode, FieldIssue, OpInput, OpName, OpOutput, Preferences };

/**
 * Failures that never reach the backend: the renderer makes these up itself so they can be
 * translated and shown exactly like the backend's codes.
 */
export const CLIENT_ERROR_CODES = ['CONNECTION_LOST', 'BAD_RESPONSE'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export type UiErrorCode = ErrorCode | ClientErrorCode;

export interface UiError {
  code: UiErrorCode;
  message: string;
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
}

/** The backend's envelope, widened so that a transport failure is one more error code. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: UiError };

export type AuditVerification = OpOutput<'audit.verify'>;
export type BackupInfo = OpOutput<'backup.create'>;

export type MemberQuery = OpInput<'members.list'>;
export type MemberListRow = OpOutput<'members.list'>['rows'][number];
export type MemberDetail = OpOutput<'members.get'>;
export type MemberRecord = OpOutput<'members.create'>;
export type MemberEvent = MemberDetail['events'][number];
export type MemberCreateInput = OpInput<'members.create'>;
export type MemberFields = MemberCreateInput['fields'];
export type MemberAddition = MemberCreateInput['addition'];
export type MemberEventInput = OpInput<'members.recordEvent'>;
export type QualityProblem = OpOutput<'members.quality'>[number];
export type PartyGroup = OpOutput<'groups.list'>[number];
export type Committee = OpOutput<'committee.get'>;
export type StructureWarning = Committee['warnings'][number];
export type TermInput = OpInput<'committee.saveTerm'>;
