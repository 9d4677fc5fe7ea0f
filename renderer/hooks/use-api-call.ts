import { useCallback, useState } from 'react';
import type { Envelope, OpInput, OpName, OpOutput, UiError } from '../api/types';
import { useApi } from './api-context';

export interface ApiCall<N extends OpName> {
  run(input: OpInput<N>): Promise<Envelope<OpOutput<N>>>;
  loading: boolean;
  /** The last failure, for <ErrorAlert>; cleared when the next call starts. */
  error: UiError | null;
  setError(error: UiError | null): void;
}

/** One operation with its busy flag and last error: the pattern every button and form needs. */
export function useApiCall<N extends OpName>(op: N): ApiCall<N> {
  const api = useApi();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const run = useCallback(
    async (input: OpInput<N>) => {
      setLoading(true);
      setError(null);
      const result = await api.call(op, input);
      setLoading(false);
      if (!result.ok) setError(result.error);
      return result;
    },
    [api, op],
  );
  return { run, loading, error, setError };
}
