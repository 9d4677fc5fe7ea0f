import { useEffect, useRef } from 'react';
import { ActivityTracker } from '../lib/activity-tracker';
import { useApi } from './api-context';

const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'wheel', 'touchstart'] as const;
const TICK_MS = 5_000;

/**
 * While the store is open: tell the backend we are here (at most every 30 s) and call
 * `onIdle` after `minutes` without keyboard, mouse or touch. `onIdle` must lock through
 * 'store.lock', so that the key is dropped in the backend, not merely hidden by the UI.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  const api = useApi();
  const onIdleRef = useRef(onIdle);
  const trackerRef = useRef<ActivityTracker | null>(null);
  const idleMsRef = useRef(minutes * 60_000);

  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    idleMsRef.current = minutes * 60_000;
    trackerRef.current?.setIdleMs(idleMsRef.current);
  }, [minutes]);

  useEffect(() => {
    const tracker = new ActivityTracker({
      idleMs: idleMsRef.current,
      now: () => Date.now(),
      touch: () => void api.call('store.touch', {}),
      onIdle: () => onIdleRef.current(),
    });
    trackerRef.current = tracker;
    const onActivity = () => tracker.activity();
    const onVisible = () => {
      if (document.visibilityState === 'visible') tracker.tick();
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(() => tracker.tick(), TICK_MS);
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
      trackerRef.current = null;
    };
  }, [api]);
}
