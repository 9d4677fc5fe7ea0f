import { describe, expect, it } from 'vitest';
import { FATES, planFates } from './fates';
import { Random } from './random';

describe('planFates', () => {
  it('plans one fate per person and every fate at least once, even in a 50-member branch', () => {
    const plan = planFates(new Random(1), 50);
    expect(plan).toHaveLength(50);
    expect(new Set(plan)).toEqual(new Set(FATES));
    expect(plan.filter((f) => f === 'stay').length).toBeGreaterThan(20);
  });

  it('keeps the rare fates rare and the common ones near their share at 10,000', () => {
    const plan = planFates(new Random(2), 10_000);
    const count = (f: string) => plan.filter((x) => x === f).length;
    expect(count('develop')).toBe(900);
    expect(count('transfer-out')).toBe(300);
    expect(count('withdrew')).toBe(1);
    expect(count('stay')).toBeGreaterThan(7000);
  });

  it('is the same plan for the same seed and a different order for another', () => {
    expect(planFates(new Random(3), 500)).toEqual(planFates(new Random(3), 500));
    expect(planFates(new Random(3), 500)).not.toEqual(planFates(new Random(4), 500));
  });
});
