import { useCallback, useEffect, useState } from 'react';
import type { OpInput, OpName, OpOutput, UiError } from '../api/types';
import { useApi } from './api-context';
import type { Loaded } from './use-load';

interface Settled<T> {
  /** Which input and generation this result answers. */
  request: string;
  value: T | null;
  error: UiError | null;
}

/**
 * useLoad for an operation that takes input (one member by code, …). The input is compared by
 * value, so a new object with the same content does not load again; null loads nothing.
 * The previous value stays visible while the next one loads (no flicker on reload).
 */
export function useLoadWith<N extends OpName>(op: N, input: OpInput<N> | null): Loaded<OpOutput<N>> {
  const api = useApi();
  const key = input === null ? null : JSON.stringify(input);
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled<OpOutput<N>>>({ request: '', value: null, error: null });
  const request = key === null ? '' : `${generation}:${key}`;

  useEffect(() => {
    if (key === null) return;
    // A reply that arrives after unmount, a newer input or a reload is dropped.
    let current = true;
    void api.call(op, JSON.parse(key) as OpInput<N>).then((result) => {
      if (!current) return;
      setSettled((before) => ({
        request: `${generation}:${key}`,
        value: result.ok ? result.value : before.value,
        error: result.ok ? null : result.error,
      }));
    });
    return () => {
      current = false;
    };
  }, [api, op, key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return { value: settled.value, loading: key !== null && settled.request !== request, error: settled.error, reload };
}
