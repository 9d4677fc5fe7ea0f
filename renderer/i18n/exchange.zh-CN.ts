/**
 * Simplified Chinese for 数据交换：逐级授权、数据包导出导入、回执.
 * Spread into zh-CN.ts; exchange.en.ts must have the same keys.
 */
export const exchangeZhCN = {
};
