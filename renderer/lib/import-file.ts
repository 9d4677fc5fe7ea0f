import type { OpInput } from '../api/types';
import { MEMBER_FIELDS, type MemberFieldName } from './member-fields';

/** The backend refuses more (db/members/import/limits.ts); checking here saves reading 200 MB for nothing. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const IMPORT_ACCEPT = '.xlsx,.xls,.csv';

export type ImportSource = OpInput<'members.importPreview'>;
export type MappingOverride = NonNullable<ImportSource['mapping']>[number];
export type ImportFieldChoice = MappingOverride['field'];

/** Why a chosen file is refused before it is read, or null when it may be read. */
export function fileRefusal(file: { name: string; size: number }): { code: 'tooLarge' | 'wrongType' | 'empty'; sizeMb: number } | null {
  const sizeMb = Math.round((file.size / 1024 / 1024) * 10) / 10;
  if (!/\.(xlsx|xls|csv)$/i.test(file.name)) return { code: 'wrongType', sizeMb };
  if (file.size === 0) return { code: 'empty', sizeMb };
  if (file.size > MAX_IMPORT_BYTES) return { code: 'tooLarge', sizeMb };
  return null;
}

/** 'A', 'B', … 'Z', 'AA': how Excel names a 0-based column, so the mapping reads like the sheet. */
export function columnLetter(column: number): string {
  let n = column + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The overrides with one column's choice replaced (a column appears at most once). */
export function withOverride(overrides: readonly MappingOverride[], column: number, field: ImportFieldChoice): MappingOverride[] {
  return [...overrides.filter((o) => o.column !== column), { column, field }].sort((a, b) => a.column - b.column);
}

/** Reads a chosen file as base64 (the contract carries files that way). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type ImportField = Exclude<ImportFieldChoice, 'ignore'>;
const fieldsMatch: Same<ImportField, Exclude<MemberFieldName, 'partyAgeAdjustMonths'>> = true;
void fieldsMatch;

/** The fields a column can fill, in the member form's order (党龄校正值 is never in a roster). */
export const IMPORT_FIELDS: readonly ImportField[] = MEMBER_FIELDS.map((f) => f.name).filter(
  (name): name is ImportField => name !== 'partyAgeAdjustMonths',
);
