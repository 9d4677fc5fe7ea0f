/**
 * Excel import of an existing roster (docs/IMPORT.md). The file travels as base64 in every
 * call and nothing is kept between calls: preview, apply and the error sheet each re-read it,
 * so apply can only write what the same file and mapping preview to, and `expectedCount`
 * (the preview's import count) refuses the call if that has changed.
 */
import { z } from 'zod';
import { IMPORT_FIELDS } from '../../members/import/fields';
import { MAX_COLUMNS, MAX_ROWS } from '../../members/import/limits';
import { op } from '../op';
import { requiredText } from '../schemas/common';

const importSourceShape = {
  fileName: requiredText(255),
  /** The size limit (20 MB decoded) is checked by the reader, which says so in Chinese. */
  contentBase64: z.string().min(1),
  /** A sheet by name; by default the first visible sheet with a recognisable header. */
  sheet: z.string().min(1).max(100).optional(),
  /** 1-based, as Excel shows it; by default the row with the most recognised column names. */
  headerRow: z.number().int().min(1).max(MAX_ROWS).optional(),
  /** The user's corrections: 0-based column → field or 'ignore'. Unlisted columns keep the detected field. */
  mapping: z
    .array(
      z
        .object({
          column: z.number().int().min(0).max(MAX_COLUMNS - 1),
          field: z.enum([...IMPORT_FIELDS, 'ignore']),
        })
        .strict(),
    )
    .max(MAX_COLUMNS)
    .optional(),
};

export const importSource = z.object(importSourceShape).strict();

const columnMapping = z.object({
  /** 0-based (0 = column A). */
  column: z.number().int(),
  header: z.string(),
  /** null: the column is not imported. */
  field: z.enum(IMPORT_FIELDS).nullable(),
});

const previewRow = z.object({
  /** The spreadsheet's own row number (1-based). */
  rowNumber: z.number().int(),
  status: z.enum(['import', 'skip']),
  name: z.string(),
  /** Why the row is skipped, in Chinese; empty when it is imported. */
  reasons: z.array(z.string()),
  /** Notes that do not block the row (e.g. a date known only to the month). */
  warnings: z.array(z.string()),
});

export const memberImportContract = {
  'members.importPreview': op({
    input: importSource,
    output: z.object({
      sheets: z.array(z.string()),
      sheet: z.string(),
      headerRow: z.number().int(),
      mapping: z.array(columnMapping),
      rows: z.array(previewRow),
      counts: z.object({ import: z.number().int(), skip: z.number().int() }),
    }),
    needs: 'unlocked',
  }),
  'members.importApply': op({
    input: z.object({ ...importSourceShape, expectedCount: z.number().int().min(0) }).strict(),
    output: z.object({ imported: z.number().int(), codes: z.array(z.string()) }),
    needs: 'unlocked',
  }),
  'members.importErrorsSheet': op({
    input: importSource,
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
    needs: 'unlocked',
  }),
} as const;
