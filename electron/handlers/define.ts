import type { CommandName, CommandResult, ParsedInput } from '../contract.js';
import type { HandlerContext } from './context.js';

export type Handler<N extends CommandName> = (input: ParsedInput<N>, ctx: HandlerContext) => Promise<CommandResult<N>>;
export type Handlers = { [N in CommandName]: Handler<N> };

/** A domain's handlers, typed against the contract. */
export function defineHandlers<K extends CommandName>(group: { [N in K]: Handler<N> }): { [N in K]: Handler<N> } {
  return group;
}

/** Joins the domains' handlers; a command handled twice, or not at all, fails at startup. */
export function joinHandlers(names: readonly CommandName[], ...groups: Array<Partial<Handlers>>): Handlers {
  const joined: Partial<Record<string, unknown>> = {};
  for (const group of groups) {
    for (const [name, handler] of Object.entries(group)) {
      if (name in joined) throw new Error(`command ${name} has two handlers`);
      joined[name] = handler;
    }
  }
  const missing = names.filter((n) => !(n in joined));
  if (missing.length > 0) throw new Error(`commands without a handler: ${missing.join(', ')}`);
  const extra = Object.keys(joined).filter((n) => !names.includes(n as CommandName));
  if (extra.length > 0) throw new Error(`handlers for commands not in the contract: ${extra.join(', ')}`);
  return joined as Handlers;
}
