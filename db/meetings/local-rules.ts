import type Database from 'better-sqlite3';
import { z } from 'zod';
import { PERIODS, type Period } from './cadence';
import type { MeetingType } from './types';

const KEY = 'cadence_overrides';
const overridesSchema = z.record(z.string(), z.object({ period: z.enum(PERIODS), min: z.number().int().min(0).max(12) }));

/** The branch's own settings for rules that are local practice (e.g. how often 党课 is held). */
export function readCadenceOverrides(db: Database.Database): Partial<Record<MeetingType, { period: Period; min: number }>> {
  const raw = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (!raw) return {};
  const parsed = overridesSchema.safeParse(JSON.parse(raw));
  return parsed.success ? (parsed.data as Partial<Record<MeetingType, { period: Period; min: number }>>) : {};
}

export function writeCadenceOverride(db: Database.Database, type: MeetingType, rule: { period: Period; min: number }): void {
  const next = { ...readCadenceOverrides(db), [type]: rule };
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(next));
}
