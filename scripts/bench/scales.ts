/** The three sizes the app must feel instant at (issue: "Fast at every size"). */
export const SCALES = {
  branch: { members: 50, runs: 20 },
  committee: { members: 10_000, runs: 10 },
  province: { members: 200_000, runs: 5 },
} as const;
export type ScaleName = keyof typeof SCALES;
export const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];
