import type { appraisalZhCN } from './appraisal.zh-CN';

/** English for the appraisal area: the same keys as appraisal.zh-CN.ts. */
export const appraisalEn: Record<keyof typeof appraisalZhCN, string> = {
};
