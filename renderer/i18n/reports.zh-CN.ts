/**
 * Simplified Chinese for 统计报表：报表计算、校验、报送锁定、打印.
 * Spread into zh-CN.ts; reports.en.ts must have the same keys.
 */
export const reportsZhCN = {
};
