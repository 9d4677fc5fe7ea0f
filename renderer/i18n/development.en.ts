import type { developmentZhCN } from './development.zh-CN';

/** English for the development area: the same keys as development.zh-CN.ts. */
export const developmentEn: Record<keyof typeof developmentZhCN, string> = {
};
