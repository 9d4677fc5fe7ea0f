/**
 * Simplified Chinese for 党费：收缴登记、欠缴提醒、收据.
 * Spread into zh-CN.ts; dues.en.ts must have the same keys.
 */
export const duesZhCN = {
};
