import { type CommandName, commands } from '../contract.js';
import type { Role } from './protocol.js';

/**
 * Queries that still run on the writer: they report state only the writer holds (the
 * integrity check of its connection). Everything else follows the contract's `kind`.
 */
export const pinnedToWriter: ReadonlySet<CommandName> = new Set<CommandName>(['archive.status']);

/**
 * Long writes that run on the job worker (a connection of their own, see job-session.ts), so
 * that the writer keeps answering while they run: a 10,000-row import holds its transaction
 * for seconds.
 */
export const onJobWorker: ReadonlySet<CommandName> = new Set<CommandName>(['roster.import.apply']);

/** Which thread runs a command: long writes the job worker, mutations and pinned commands the writer, queries a reader. */
export function roleFor(name: string): Role {
  if (!Object.hasOwn(commands, name)) return 'reader'; // refused there as UNKNOWN_COMMAND
  const command = name as CommandName;
  if (onJobWorker.has(command)) return 'job';
  return commands[command].kind === 'mutation' || pinnedToWriter.has(command) ? 'writer' : 'reader';
}
