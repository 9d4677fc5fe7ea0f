/**
 * Simplified Chinese for 民主评议党员：测评票统计、结果.
 * Spread into zh-CN.ts; appraisal.en.ts must have the same keys.
 */
export const appraisalZhCN = {
};
