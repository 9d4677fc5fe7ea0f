import type { Transport } from './transport';
import type { Envelope, OpInput, OpName, OpOutput, UiError } from './types';

export type ErrorListener = (error: UiError, op: OpName) => void;

export interface ApiClient {
  call<N extends OpName>(op: N, input: OpInput<N>): Promise<Envelope<OpOutput<N>>>;
  /** Called for every LOCKED reply, wherever it came from: the shell shows the unlock screen. */
  onLocked(listener: ErrorListener): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  const lockedListeners = new Set<ErrorListener>();
  return {
    async call(op, input) {
      const result = await transport(op, input);
      if (!result.ok && result.error.code === 'LOCKED') {
        for (const listener of lockedListeners) listener(result.error, op);
      }
      // The backend validated this value against the contract's output schema for `op`.
      return result as Envelope<OpOutput<typeof op>>;
    },
    onLocked(listener) {
      lockedListeners.add(listener);
      return () => lockedListeners.delete(listener);
    },
  };
}
