import { z } from 'zod';

/** Trimmed, NFC-normalised text: what people paste from Word and WPS often carries stray spaces. */
export const text = (max = 200) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\u3000/g, ' ').trim())
    .pipe(z.string().max(max));

export const requiredText = (max = 200) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\u3000/g, ' ').trim())
    .pipe(z.string().min(1).max(max));

/** 统一编码: organisation and member codes are assigned top-down and never reused. */
export const orgCode = z
  .string()
  .transform((s) => s.normalize('NFKC').trim().toUpperCase())
  .pipe(z.string().regex(/^[0-9A-Z][0-9A-Z-]{1,31}$/, 'org code: 2–32 letters, digits or dashes'));

export const empty = z.object({}).strict();
export const ok = z.object({ ok: z.literal(true) });
