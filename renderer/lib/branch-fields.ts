import type { Branch, BranchInput } from '../api/types';
import type { MessageKey } from '../i18n/zh-CN';
import type { FieldSpec } from './field-errors';

/** Copied from db/api/schemas/store.ts (the renderer may not import db/ at run time); the checks below keep them equal. */
export const ORG_KINDS = ['branch', 'joint-branch', 'general-branch', 'committee'] as const;
export const ORG_CATEGORIES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export type OrgCategory = (typeof ORG_CATEGORIES)[number];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<OrgKind, BranchInput['kind']> = true;
const categoriesMatch: Same<OrgCategory, BranchInput['category']> = true;
void kindsMatch;
void categoriesMatch;

export type BranchField = keyof BranchInput;

/** Field order here is the order on screen and the tab order. Maxima mirror the backend's. */
export const BRANCH_FIELDS: readonly (FieldSpec & { name: BranchField; optional?: boolean })[] = [
  { name: 'name', labelKey: 'field.name', max: 100 },
  { name: 'code', labelKey: 'field.code', format: 'code' },
  { name: 'kind', labelKey: 'field.kind', choice: true },
  { name: 'category', labelKey: 'field.category', choice: true },
  { name: 'parentName', labelKey: 'field.parentName', max: 100 },
  { name: 'parentCode', labelKey: 'field.parentCode', format: 'code' },
  { name: 'secretaryName', labelKey: 'field.secretaryName', max: 40 },
  { name: 'contactPhone', labelKey: 'field.contactPhone', max: 40, optional: true },
  { name: 'address', labelKey: 'field.address', max: 200, optional: true },
];

/** What the branch form holds: anything may still be blank. */
export type BranchDraft = Partial<Record<BranchField, string>>;

export function kindLabelKey(kind: string): MessageKey {
  return (ORG_KINDS as readonly string[]).includes(kind) ? (`kind.${kind}` as MessageKey) : 'common.unknown';
}

export function categoryLabelKey(category: string | null): MessageKey | null {
  return category !== null && (ORG_CATEGORIES as readonly string[]).includes(category) ? (`category.${category}` as MessageKey) : null;
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * The draft as the backend's input. Blank required fields are sent as they are, so that the
 * backend (the one place that validates) reports every problem at once as INVALID_INPUT;
 * the casts only let an unchosen kind or category travel as '' to be refused there.
 */
export function draftToInput(draft: BranchDraft): BranchInput {
  return {
    name: draft.name ?? '',
    code: draft.code ?? '',
    kind: (draft.kind ?? '') as OrgKind,
    category: (draft.category ?? '') as OrgCategory,
    parentName: draft.parentName ?? '',
    parentCode: draft.parentCode ?? '',
    secretaryName: draft.secretaryName ?? '',
    contactPhone: blankToUndefined(draft.contactPhone),
    address: blankToUndefined(draft.address),
  };
}

export function branchToDraft(branch: Branch): BranchDraft {
  const draft: BranchDraft = { name: branch.name, code: branch.code, kind: branch.kind };
  if (branch.category !== null) draft.category = branch.category;
  if (branch.parentName !== null) draft.parentName = branch.parentName;
  if (branch.parentCode !== null) draft.parentCode = branch.parentCode;
  if (branch.secretaryName !== null) draft.secretaryName = branch.secretaryName;
  if (branch.contactPhone !== null) draft.contactPhone = branch.contactPhone;
  if (branch.address !== null) draft.address = branch.address;
  return draft;
}
