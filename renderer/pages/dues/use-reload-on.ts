import { useEffect, useRef } from 'react';

/** Runs `reload` whenever `generation` changes after the first render (the first load already ran). */
export function useReloadOn(generation: number, reload: () => void): void {
  const seen = useRef(generation);
  useEffect(() => {
    if (seen.current === generation) return;
    seen.current = generation;
    reload();
  }, [generation, reload]);
}
