import { useCallback, useEffect, useState } from 'react';
import type { OpInput, OpName, OpOutput, UiError } from '../api/types';
import { useApi } from './api-context';

/** Operations that take no input (their input type is the empty strict object): the ones a page can simply load. */
export type NoInputOp = { [K in OpName]: OpInput<K> extends Record<string, never> ? K : never }[OpName];

export interface Loaded<T> {
  value: T | null;
  loading: boolean;
  error: UiError | null;
  reload(): void;
}

/** Loads `op` when the component appears; `reload` runs it again (e.g. after a save). */
export function useLoad<N extends NoInputOp>(op: N): Loaded<OpOutput<N>> {
  const api = useApi();
  const [value, setValue] = useState<OpOutput<N> | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<UiError | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    // A reply that arrives after unmount or after a newer reload is dropped.
    let current = true;
    void api.call(op, {} as OpInput<N>).then((result) => {
      if (!current) return;
      setLoading(false);
      setError(result.ok ? null : result.error);
      if (result.ok) setValue(result.value);
    });
    return () => {
      current = false;
    };
  }, [api, op, generation]);

  const reload = useCallback(() => {
    setLoading(true);
    setError(null);
    setGeneration((g) => g + 1);
  }, []);

  return { value, loading, error, reload };
}
