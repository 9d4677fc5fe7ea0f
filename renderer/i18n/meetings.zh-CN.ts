/**
 * Simplified Chinese for 组织生活（三会一课）：会议记录、纪要打印、会议频次.
 * Spread into zh-CN.ts; meetings.en.ts must have the same keys.
 */
export const meetingsZhCN = {
};
