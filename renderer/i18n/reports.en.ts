import type { reportsZhCN } from './reports.zh-CN';

/** English for the reports area: the same keys as reports.zh-CN.ts. */
export const reportsEn: Record<keyof typeof reportsZhCN, string> = {
};
