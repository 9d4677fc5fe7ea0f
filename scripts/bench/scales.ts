/** The three sizes the app must feel instant at (issue: "Fast at every size"). */
/** `runs` samples a figure; `heavyRuns` the ones that take seconds at scale (report, bundles, dues sheet). */
export const SCALES = {
  branch: { members: 50, runs: 20, heavyRuns: 10 },
  committee: { members: 10_000, runs: 10, heavyRuns: 5 },
  province: { members: 200_000, runs: 5, heavyRuns: 3 },
} as const;
export type ScaleName = keyof typeof SCALES;
export const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];
