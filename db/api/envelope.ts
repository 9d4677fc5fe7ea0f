import type { ApiErrorBody } from './errors';

/** What every call returns, across every transport: never a thrown error, never a stack trace. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
