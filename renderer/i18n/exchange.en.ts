import type { exchangeZhCN } from './exchange.zh-CN';

/** English for the exchange area: the same keys as exchange.zh-CN.ts. */
export const exchangeEn: Record<keyof typeof exchangeZhCN, string> = {
};
