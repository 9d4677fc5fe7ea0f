/**
 * Money is integer fen everywhere: sums are exact, and a total printed on the 登记表 equals the
 * sum of its rows to the fen. Conversion to 元 happens only for display and for Excel cells.
 */

/**
 * base × rate, rounded half up to the fen (四舍五入到分): 1001.00 元 × 0.5% = 5.005 → 5.01.
 * Integer arithmetic only (basis points, 1 bp = 0.01%), so no binary fraction can tip a half.
 */
export function applyRate(baseFen: number, rateBasisPoints: number): number {
  if (!Number.isSafeInteger(baseFen) || baseFen < 0) throw new RangeError(`base must be whole non-negative fen, got ${baseFen}`);
  if (!Number.isInteger(rateBasisPoints) || rateBasisPoints < 0) throw new RangeError(`rate must be whole basis points, got ${rateBasisPoints}`);
  return Math.floor((baseFen * rateBasisPoints + 5_000) / 10_000);
}

/** 1230 → '12.30'; negative amounts keep their sign. */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not whole fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 50 bp → '0.5%', 150 → '1.5%', 200 → '2%'. */
export function formatRate(basisPoints: number): string {
  return `${basisPoints / 100}%`;
}

/** For spreadsheet cells only: 元 as a number, to be shown with two decimals. */
export function fenToYuan(fen: number): number {
  return fen / 100;
}
