import { dispatch } from './api/dispatch';
import type { OpInput, OpName, OpOutput } from './api/contract';
import type { Envelope } from './api/envelope';
import { appraisalHandlers } from './api/handlers/appraisal';
import { bundleHandlers } from './api/handlers/bundles';
import { developmentHandlers } from './api/handlers/development';
import { duesHandlers } from './api/handlers/dues';
import { meetingHandlers } from './api/handlers/meetings';
import { memberHandlers } from './api/handlers/members';
import { memberImportHandlers } from './api/handlers/member-import';
import { reportHandlers } from './api/handlers/reports';
import { storeHandlers } from './api/handlers/store';
import { structureHandlers } from './api/handlers/structure';
import { transferHandlers } from './api/handlers/transfers';
import { Registry } from './api/registry';
import { Session, type SessionOptions } from './session';

export function createRegistry(): Registry {
  return new Registry()
    .registerAll(storeHandlers)
    .registerAll(memberHandlers)
    .registerAll(memberImportHandlers)
    .registerAll(structureHandlers)
    .registerAll(meetingHandlers)
    .registerAll(developmentHandlers)
    .registerAll(appraisalHandlers)
    .registerAll(duesHandlers)
    .registerAll(transferHandlers)
    .registerAll(reportHandlers)
    .registerAll(bundleHandlers);
}

export interface Backend {
  session: Session;
  registry: Registry;
  /** Untyped door used by the transports (IPC, HTTP): input is validated inside. */
  invoke(op: string, input: unknown, actor?: string): Promise<Envelope<unknown>>;
  /** Typed door for tests and the CLI. */
  call<N extends OpName>(op: N, input: OpInput<N>, actor?: string): Promise<Envelope<OpOutput<N>>>;
  dispose(): void;
}

/** The backend as every transport hosts it: one session, one registry, one dispatch. */
export function createBackend(options: SessionOptions): Backend {
  const session = new Session(options);
  const registry = createRegistry();
  const invoke = (op: string, input: unknown, actor = 'local') => dispatch(registry, op, input, { session, actor });
  return {
    session,
    registry,
    invoke,
    call: (op, input, actor) => invoke(op, input, actor) as never,
    dispose: () => session.dispose(),
  };
}
