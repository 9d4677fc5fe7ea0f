import type { ClientErrorCode, Envelope } from './types';

export function clientError(code: ClientErrorCode, message: string, params?: Record<string, string | number>): Envelope<never> {
  return { ok: false, error: params ? { code, message, params } : { code, message } };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/**
 * A light shape check: the backend already validated its output against the contract, so
 * this only guards against something that is not our backend at all (a proxy page, a crash).
 */
export function isEnvelope(x: unknown): x is Envelope<unknown> {
  if (!isRecord(x)) return false;
  if (x.ok === true) return 'value' in x;
  if (x.ok === false) return isRecord(x.error) && typeof x.error.code === 'string';
  return false;
}
