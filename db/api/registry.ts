import type { OpName, OpOutput, OpParsedInput } from './contract';
import { contract } from './contract';
import type { Session } from '../session';

export interface HandlerContext {
  session: Session;
  /** Who is acting, written into the audit trail. */
  actor: string;
}

export type Handler<N extends OpName> = (
  input: OpParsedInput<N>,
  ctx: HandlerContext,
) => OpOutput<N> | Promise<OpOutput<N>>;

export type HandlerMap = { [N in OpName]?: Handler<N> };

/** Maps each contract operation to exactly one handler; a second registration is a bug. */
export class Registry {
  private readonly handlers = new Map<OpName, Handler<OpName>>();

  register<N extends OpName>(name: N, handler: Handler<N>): this {
    if (!(name in contract)) throw new Error(`"${name}" is not in the contract`);
    if (this.handlers.has(name)) throw new Error(`"${name}" is registered twice`);
    this.handlers.set(name, handler as unknown as Handler<OpName>);
    return this;
  }

  registerAll(map: HandlerMap): this {
    for (const [name, handler] of Object.entries(map) as [OpName, Handler<OpName>][]) this.register(name, handler);
    return this;
  }

  get(name: string): Handler<OpName> | undefined {
    return this.handlers.get(name as OpName);
  }

  names(): OpName[] {
    return [...this.handlers.keys()];
  }

  /** Contract operations that nothing handles yet. */
  missing(): OpName[] {
    return (Object.keys(contract) as OpName[]).filter((n) => !this.handlers.has(n));
  }
}
