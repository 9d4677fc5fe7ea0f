/**
 * Simplified Chinese for 发展党员：发展流程、时间规则、提醒、打印.
 * Spread into zh-CN.ts; development.en.ts must have the same keys.
 */
export const developmentZhCN = {
};
