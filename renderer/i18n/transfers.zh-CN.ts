/**
 * Simplified Chinese for 组织关系转接：介绍信、回执、转入、流动党员.
 * Spread into zh-CN.ts; transfers.en.ts must have the same keys.
 */
export const transfersZhCN = {
};
