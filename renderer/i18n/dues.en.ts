import type { duesZhCN } from './dues.zh-CN';

/** English for the dues area: the same keys as dues.zh-CN.ts. */
export const duesEn: Record<keyof typeof duesZhCN, string> = {
};
