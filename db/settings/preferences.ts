import { preferences as preferencesSchema, type Preferences } from '../api/schemas/store';
import { readJsonFile, writeFileAtomic } from '../store/atomic-file';

export const DEFAULT_PREFERENCES: Preferences = { language: 'zh-CN', textSize: 'normal', idleLockMinutes: 10 };

/**
 * Preferences live outside the encrypted database because the lock screen needs them
 * (language, text size) before there is a key. They hold nothing secret. A damaged file
 * falls back to the defaults field by field: a preference is never a reason not to start.
 */
export function readPreferences(file: string): Preferences {
  const raw = readJsonFile(file);
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_PREFERENCES };
  const merged: Record<string, unknown> = { ...DEFAULT_PREFERENCES };
  for (const key of Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[]) {
    const candidate = { ...DEFAULT_PREFERENCES, [key]: (raw as Record<string, unknown>)[key] };
    if (preferencesSchema.safeParse(candidate).success) merged[key] = candidate[key];
  }
  return preferencesSchema.parse(merged);
}

export function writePreferences(file: string, value: Preferences): void {
  writeFileAtomic(file, JSON.stringify(preferencesSchema.parse(value), null, 2) + '\n');
}
