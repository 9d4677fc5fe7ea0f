/**
 * Decides, from the user's activity, when to tell the backend "still here" (store.touch)
 * and when the idle lock is due. Pure and clock-injected so it can be tested without a DOM.
 *
 * Touches are throttled: the backend's own idle timer only needs to hear from us more
 * often than it checks, and a call per keystroke would be wasteful.
 */
export const TOUCH_EVERY_MS = 30_000;

export interface ActivityTrackerOptions {
  idleMs: number;
  now: () => number;
  touch: () => void;
  onIdle: () => void;
  touchEveryMs?: number;
}

export class ActivityTracker {
  private lastActivity: number;
  private lastTouch: number;
  private idleFired = false;
  private idleMs: number;
  private readonly touchEveryMs: number;

  constructor(private readonly options: ActivityTrackerOptions) {
    // Starting counts as activity: the tracker is created right after an unlock.
    this.lastActivity = options.now();
    this.lastTouch = this.lastActivity;
    this.idleMs = options.idleMs;
    this.touchEveryMs = options.touchEveryMs ?? TOUCH_EVERY_MS;
  }

  setIdleMs(ms: number): void {
    this.idleMs = ms;
  }

  activity(): void {
    if (this.idleFired) return;
    const now = this.options.now();
    this.lastActivity = now;
    if (now - this.lastTouch >= this.touchEveryMs) {
      this.lastTouch = now;
      this.options.touch();
    }
  }

  /** Called on a timer and when the page becomes visible again (a sleeping laptop skips timers). */
  tick(): void {
    if (this.idleFired) return;
    if (this.options.now() - this.lastActivity >= this.idleMs) {
      this.idleFired = true;
      this.options.onIdle();
    }
  }
}
