import { AppError, type ErrorCode, type FieldIssue } from '../api/errors';

export type BundleErrorCode = Extract<ErrorCode, `BUNDLE_${string}`>;

/** A bundle refused: a stable code the catalogues translate, values for the message, never a stack. */
export function refuse(
  code: BundleErrorCode,
  message: string,
  params?: Record<string, string | number>,
  issues?: FieldIssue[],
): AppError {
  return new AppError(code, message, { ...(params ? { params } : {}), ...(issues ? { issues } : {}) });
}
