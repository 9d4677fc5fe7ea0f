import { describe, expect, it } from 'vitest';
import { ActivityTracker, TOUCH_EVERY_MS } from './activity-tracker';

function setup(idleMs = 60_000) {
  let now = 1_000_000;
  const log: string[] = [];
  const tracker = new ActivityTracker({
    idleMs,
    now: () => now,
    touch: () => log.push(`touch@${now}`),
    onIdle: () => log.push(`idle@${now}`),
  });
  return { tracker, log, advance: (ms: number) => (now += ms) };
}

describe('ActivityTracker', () => {
  it('touches the backend at most once per 30 s however busy the user is', () => {
    const { tracker, log, advance } = setup();
    for (let i = 0; i < 100; i++) {
      advance(1_000);
      tracker.activity();
    }
    // 100 s of constant typing: touches at 30, 60 and 90 s.
    expect(log.filter((l) => l.startsWith('touch'))).toHaveLength(3);
    expect(TOUCH_EVERY_MS).toBe(30_000);
  });

  it('locks once the idle time passes without activity, and only once', () => {
    const { tracker, log, advance } = setup(60_000);
    advance(59_999);
    tracker.tick();
    expect(log).toEqual([]);
    advance(1);
    tracker.tick();
    tracker.tick();
    expect(log.filter((l) => l.startsWith('idle'))).toHaveLength(1);
  });

  it('activity postpones the lock', () => {
    const { tracker, log, advance } = setup(60_000);
    advance(50_000);
    tracker.activity();
    advance(50_000);
    tracker.tick();
    expect(log.some((l) => l.startsWith('idle'))).toBe(false);
    advance(10_000);
    tracker.tick();
    expect(log.some((l) => l.startsWith('idle'))).toBe(true);
  });

  it('applies a new idle time at once (the user changed it in Settings)', () => {
    const { tracker, log, advance } = setup(10 * 60_000);
    advance(2 * 60_000);
    tracker.setIdleMs(60_000);
    tracker.tick();
    expect(log.some((l) => l.startsWith('idle'))).toBe(true);
  });

  it('ignores activity after it has locked, so a late keypress does not touch a locked store', () => {
    const { tracker, log, advance } = setup(60_000);
    advance(60_000);
    tracker.tick();
    advance(60_000);
    tracker.activity();
    expect(log.filter((l) => l.startsWith('touch'))).toHaveLength(0);
  });
});
