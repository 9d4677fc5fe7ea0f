import type { z } from 'zod';
import { contract, type OpName } from './contract';
import type { Envelope } from './envelope';
import { AppError, isAppError, sqliteErrorToAppError, type FieldIssue } from './errors';
import type { HandlerContext, Registry } from './registry';

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));
}

function toEnvelopeError(e: unknown, op: string): Envelope<never> {
  const known = isAppError(e) ? e : sqliteErrorToAppError(e);
  if (known) return { ok: false, error: known.toBody() };
  // Unexpected: log it here, where the stack is useful; the caller sees only a code.
  console.error(`[branchdesk] ${op} failed unexpectedly:`, e);
  return { ok: false, error: { code: 'INTERNAL', message: 'an unexpected error occurred' } };
}

/**
 * The only door into the backend. Validates the input against the contract, checks the
 * store state, runs the handler, validates its output, and always returns an envelope.
 */
export async function dispatch(
  registry: Registry,
  op: string,
  rawInput: unknown,
  ctx: HandlerContext,
): Promise<Envelope<unknown>> {
  try {
    const spec = (contract as Record<string, (typeof contract)[OpName]>)[op];
    const handler = registry.get(op);
    if (!spec || !handler) throw new AppError('UNKNOWN_OP', `unknown operation ${op}`, { params: { op } });

    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      throw new AppError('INVALID_INPUT', `invalid input for ${op}`, { issues: issuesOf(parsed.error) });
    }
    if (spec.needs === 'unlocked') ctx.session.requireStore();
    else ctx.session.noteActivity();

    const result = await handler(parsed.data as never, ctx);
    const checked = spec.output.safeParse(result);
    if (!checked.success) {
      throw new Error(`${op} returned output outside its contract: ${JSON.stringify(issuesOf(checked.error))}`);
    }
    return { ok: true, value: checked.data };
  } catch (e) {
    return toEnvelopeError(e, op);
  }
}
