import { AppError } from '../api/errors';

/** One field problem as INVALID_INPUT, with the stable code the UI translates (contracts/transfers.ts). */
export function invalid(path: string | (string | number)[], code: string, message: string, params?: Record<string, string | number>): AppError {
  return new AppError('INVALID_INPUT', message, { issues: [{ path: typeof path === 'string' ? [path] : path, code, message, ...(params ? { params } : {}) }] });
}
