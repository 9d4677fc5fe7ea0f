import { z } from 'zod';
import { empty, ok, requiredText } from './schemas/common';
import {
  appStatus,
  auditVerification,
  backupInfo,
  branch,
  branchInput,
  passphrase,
  preferences,
} from './schemas/store';
import {
  isoDate,
  member,
  memberCreateInput,
  memberEvent,
  memberEventInput,
  memberUpdateInput,
} from './schemas/members';
import { memberQuery } from '../members/search';
import { EXPORT_LAYOUTS } from '../members/export';

const memberListRow = member.pick({
  code: true,
  name: true,
  gender: true,
  ethnicity: true,
  birthDate: true,
  education: true,
  occupation: true,
  groupCode: true,
  partyPost: true,
  joinDate: true,
  fullDate: true,
  memberType: true,
  membership: true,
  mobile: true,
  idNumber: true,
});

/**
 * The one contract: every operation the UI, the CLI and the tests may call, with its input
 * and output schema. The renderer imports this file for types only.
 *
 * `needs: 'unlocked'` means the call is refused with LOCKED (or NO_DATABASE) unless the
 * store is open; `'any'` calls work on the lock screen and in the first-run wizard.
 */
import { op } from './op';
import { structureOps } from './contracts/structure';
import { meetingOps } from './contracts/meetings';
import { memberImportContract } from './contracts/member-import';
import { developmentOps } from './contracts/development';
import { appraisalOps } from './contracts/appraisal';
import { duesOps } from './contracts/dues';
import { transferOps } from './contracts/transfers';
import { reportOps } from './contracts/reports';
import { bundleOps } from './contracts/bundles';

export const contract = {
  'app.status': op({ input: empty, output: appStatus, needs: 'any' }),
  'preferences.update': op({ input: preferences.partial().strict(), output: preferences, needs: 'any' }),

  'store.create': op({
    input: z.object({ passphrase, branch: branchInput }).strict(),
    output: z.object({ recoveryKey: z.string(), branch }),
    needs: 'any',
  }),
  'store.unlock': op({ input: z.object({ passphrase }).strict(), output: z.object({ branch }), needs: 'any' }),
  'store.recover': op({
    input: z.object({ recoveryKey: requiredText(100), newPassphrase: passphrase }).strict(),
    output: z.object({ branch }),
    needs: 'any',
  }),
  'store.lock': op({ input: empty, output: ok, needs: 'any' }),
  'store.touch': op({ input: empty, output: ok, needs: 'unlocked' }),
  'store.changePassphrase': op({
    input: z.object({ currentPassphrase: passphrase, newPassphrase: passphrase }).strict(),
    output: ok,
    needs: 'unlocked',
  }),

  'store.renewRecoveryKey': op({
    input: z.object({ passphrase }).strict(),
    output: z.object({ recoveryKey: z.string() }),
    needs: 'unlocked',
  }),

  'branch.get': op({ input: empty, output: branch, needs: 'unlocked' }),
  'branch.update': op({ input: branchInput.strict(), output: branch, needs: 'unlocked' }),

  'audit.verify': op({ input: empty, output: auditVerification, needs: 'unlocked' }),

  'backup.create': op({ input: empty, output: backupInfo, needs: 'unlocked' }),
  'backup.list': op({ input: empty, output: z.array(backupInfo), needs: 'unlocked' }),
  'backup.verify': op({
    input: z.object({ name: z.string().regex(/^branchdesk-[0-9A-Za-z-]+\.db$/) }).strict(),
    output: z.object({ ok: z.literal(true), schemaVersion: z.number().int() }),
    needs: 'unlocked',
  }),

  'members.create': op({ input: memberCreateInput, output: member, needs: 'unlocked' }),
  'members.update': op({ input: memberUpdateInput, output: member, needs: 'unlocked' }),
  'members.get': op({
    input: z.object({ code: z.string().min(1) }).strict(),
    output: member.extend({
      partyAge: z.object({ years: z.number().int(), months: z.number().int() }).nullable(),
      events: z.array(memberEvent),
    }),
    needs: 'unlocked',
  }),
  'members.list': op({
    input: memberQuery,
    output: z.object({ total: z.number().int(), rows: z.array(memberListRow) }),
    needs: 'unlocked',
  }),
  'members.recordEvent': op({ input: memberEventInput, output: member, needs: 'unlocked' }),
  'members.cancelEvent': op({
    input: z.object({ eventId: z.number().int(), reason: requiredText(200) }).strict(),
    output: member,
    needs: 'unlocked',
  }),
  'members.export': op({
    input: z.object({ layout: z.enum(EXPORT_LAYOUTS), membership: z.enum(['active', 'left', 'all']).default('active') }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
    needs: 'unlocked',
  }),
  'members.quality': op({
    input: empty,
    output: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        kind: z.enum(['missing', 'inconsistent']),
        field: z.string(),
        problem: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    ),
    needs: 'unlocked',
  }),
  'members.rosterAt': op({
    input: z.object({ date: isoDate }).strict(),
    output: z.array(z.object({ code: z.string(), name: z.string(), memberType: z.enum(['probationary', 'full']) })),
    needs: 'unlocked',
  }),
  ...structureOps,
  ...meetingOps,
  ...memberImportContract,
  ...developmentOps,
  ...appraisalOps,
  ...duesOps,
  ...transferOps,
  ...reportOps,
  ...bundleOps,
} as const;

export type Contract = typeof contract;
export type OpName = keyof Contract;
export type OpInput<N extends OpName> = z.input<Contract[N]['input']>;
export type OpParsedInput<N extends OpName> = z.output<Contract[N]['input']>;
export type OpOutput<N extends OpName> = z.output<Contract[N]['output']>;
