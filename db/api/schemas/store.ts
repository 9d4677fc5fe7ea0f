import { z } from 'zod';
import { orgCode, requiredText, text } from './common';

export const ORG_KINDS = ['branch', 'joint-branch', 'general-branch', 'committee'] as const;
/** 党组织类别 ①–⑨ from DOMAIN.md §1.3. */
export const ORG_CATEGORIES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export const branchInput = z.object({
  name: requiredText(100),
  code: orgCode,
  kind: z.enum(ORG_KINDS),
  category: z.enum(ORG_CATEGORIES),
  parentName: requiredText(100),
  parentCode: orgCode,
  secretaryName: requiredText(40),
  contactPhone: text(40).optional(),
  address: text(200).optional(),
});
export type BranchInput = z.input<typeof branchInput>;

export const branch = z.object({
  name: z.string(),
  code: z.string(),
  kind: z.enum(ORG_KINDS),
  category: z.string().nullable(),
  parentName: z.string().nullable(),
  parentCode: z.string().nullable(),
  secretaryName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  address: z.string().nullable(),
});
export type Branch = z.infer<typeof branch>;

export const LANGUAGES = ['zh-CN', 'en'] as const;
export const TEXT_SIZES = ['normal', 'large'] as const;

export const preferences = z.object({
  language: z.enum(LANGUAGES),
  textSize: z.enum(TEXT_SIZES),
  /** Minutes without activity before the key is dropped; 0 is not offered: an unattended PC must lock. */
  idleLockMinutes: z.number().int().min(1).max(240),
});
export type Preferences = z.infer<typeof preferences>;

export const passphrase = z.string().min(1).max(1024);

export const appStatus = z.object({
  state: z.enum(['setup', 'locked', 'unlocked']),
  dataDir: z.string(),
  appVersion: z.string(),
  preferences,
  branch: branch.nullable(),
  /** Set when the folder holds something we cannot open as it is (e.g. a keyring without its database). */
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type AppStatus = z.infer<typeof appStatus>;

export const auditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  headHash: z.string(),
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.enum(['hash-mismatch', 'link-mismatch', 'sequence-gap']).nullable(),
});

export const backupInfo = z.object({
  name: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  bytes: z.number().int(),
});
