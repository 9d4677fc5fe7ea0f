import type { meetingsZhCN } from './meetings.zh-CN';

/** English for the meetings area: the same keys as meetings.zh-CN.ts. */
export const meetingsEn: Record<keyof typeof meetingsZhCN, string> = {
};
