/** Sizes for people, not engineers: one decimal at most. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'] as const;
  let value = bytes / 1024;
  let unit: (typeof units)[number] = 'KB';
  for (const next of units.slice(1)) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${unit}`;
}

/** "7K3Q-ABCD-…" as groups, tolerating a key without dashes. */
export function recoveryKeyGroups(key: string): string[] {
  const compact = key.replace(/[\s-]/g, '');
  return compact.match(/.{1,4}/g) ?? [];
}
