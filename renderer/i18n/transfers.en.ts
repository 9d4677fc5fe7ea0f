import type { transfersZhCN } from './transfers.zh-CN';

/** English for the transfers area: the same keys as transfers.zh-CN.ts. */
export const transfersEn: Record<keyof typeof transfersZhCN, string> = {
};
