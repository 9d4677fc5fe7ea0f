import { describe, expect, it } from 'vitest';
import { demoContext, demoLayout, SCALE_SIZES } from './layout';
import { Random } from './random';

describe('demoLayout', () => {
  it('makes the branch scale one 党支部 under DW-DEMO with three 党小组', () => {
    const layout = demoLayout('branch', new Random(1));
    expect(layout.self).toMatchObject({ code: 'ZB-DEMO-0001', kind: 'branch', parentCode: 'DW-DEMO' });
    expect(layout.groups).toHaveLength(1);
    expect(layout.groups[0]).toMatchObject({ code: 'ZB-DEMO-0001', first: 0, size: 50 });
    expect(layout.groups[0]!.partyGroups).toEqual(['G01', 'G02', 'G03']);
  });

  it.each(['committee', 'province'] as const)('spreads the %s scale over branches of 15–50 that add up', (scale) => {
    const layout = demoLayout(scale, new Random(1));
    expect(layout.self.kind).toBe('committee');
    expect(layout.groups.reduce((n, g) => n + g.size, 0)).toBe(SCALE_SIZES[scale]);
    expect(new Set(layout.groups.map((g) => g.code)).size).toBe(layout.groups.length);
    let first = 0;
    for (const [i, g] of layout.groups.entries()) {
      expect(g.first).toBe(first);
      first += g.size;
      // Only the last branch takes what is left over, so it may be smaller.
      if (i < layout.groups.length - 1) expect(g.size).toBeGreaterThanOrEqual(15);
      expect(g.size).toBeLessThanOrEqual(50);
    }
  });

  it('codes province branches by their 党委: ZB-DEMO-<党委>-<branch>, at most 40 党委', () => {
    const layout = demoLayout('province', new Random(1));
    const committees = new Set(layout.groups.map((g) => /^ZB-DEMO-(\d{2})-\d{4}$/.exec(g.code)?.[1]));
    expect(committees.has(undefined)).toBe(false);
    expect(committees.size).toBeLessThanOrEqual(40);
    expect(committees.size).toBeGreaterThan(30);
  });
});

describe('demoContext', () => {
  it('records activity from the roster start for a branch, the year before for a 党委, the quarter before at the province scale', () => {
    expect(demoContext({ scale: 'branch', seed: 1, today: '2026-11-25' }).activityStart).toBe('2021-01-01');
    expect(demoContext({ scale: 'committee', seed: 1, today: '2026-11-25' }).activityStart).toBe('2025-01-01');
    expect(demoContext({ scale: 'province', seed: 1, today: '2026-11-25' }).activityStart).toBe('2026-07-01');
    expect(demoContext({ scale: 'province', seed: 1, today: '2026-02-01' }).activityStart).toBe('2025-10-01');
  });

  it('starts the roster on 1 January five years before today', () => {
    expect(demoContext({ scale: 'branch', seed: 1, today: '2026-05-20' }).rosterStart).toBe('2021-01-01');
    expect(demoContext({ scale: 'branch', seed: 1, today: '2024-02-29' }).rosterStart).toBe('2019-01-01');
  });
});
