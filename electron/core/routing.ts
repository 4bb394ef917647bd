import { type CommandName, commands } from '../contract.js';
import type { Role } from './protocol.js';

/**
 * Queries that still run on the writer: they report state only the writer holds (the
 * integrity check of its connection). Everything else follows the contract's `kind`.
 */
export const pinnedToWriter: ReadonlySet<CommandName> = new Set<CommandName>(['archive.status']);

/** Which thread runs a command: mutations and pinned commands the writer, queries a reader. */
export function roleFor(name: string): Role {
  if (!Object.hasOwn(commands, name)) return 'reader'; // refused there as UNKNOWN_COMMAND
  const command = name as CommandName;
  return commands[command].kind === 'mutation' || pinnedToWriter.has(command) ? 'writer' : 'reader';
}
