import { resolveActor } from '../../db/actor.js';
import { fromSqliteError } from '../../db/sqlite-errors.js';
import { type CommandError, type Dispatch, type CommandName, type Result, commands } from '../contract.js';
import type { HandlerContext } from './context.js';
import type { Handlers } from './define.js';

export type { Dispatch };

function fail(code: CommandError['code'], message: string, issues?: CommandError['issues'], detail?: CommandError['detail']): Result<never> {
  return { ok: false, error: { code, message, ...(issues ? { issues } : {}), ...(detail ? { detail } : {}) } };
}

/** An exception from the records core as a typed Result (also used for host jobs in the core worker). */
export function toError(error: unknown): Result<never> {
  const typed = fromSqliteError(error);
  if (typed) {
    const code = typed.code === 'DRIVER_MISSING' ? 'INTERNAL' : typed.code;
    const issues = typed.details?.issues;
    const detail = typed.details?.detail as CommandError['detail'] | undefined;
    return fail(code, typed.message, Array.isArray(issues) ? (issues as CommandError['issues']) : undefined, detail);
  }
  const sqliteCode = (error as { code?: unknown }).code;
  // SQLite enforces ON DELETE RESTRICT as a trigger: a delete that others still refer to.
  if (sqliteCode === 'SQLITE_CONSTRAINT_TRIGGER' && /FOREIGN KEY constraint failed/.test((error as Error).message)) {
    return fail('HAS_DEPENDENTS', `Other records still refer to this one: ${(error as Error).message}`);
  }
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
    return fail('CONFLICT', (error as Error).message);
  }
  return fail('INTERNAL', error instanceof Error ? error.message : String(error));
}

/**
 * Validates a command's input at the boundary and runs its handler. Every outcome is a
 * Result: an unknown command or an invalid input is refused before anything is written.
 */
export function createDispatch(handlers: Handlers, ctx: HandlerContext, log: (e: unknown) => void = console.error): Dispatch {
  return async (name, input) => {
    if (!Object.hasOwn(commands, name)) return fail('UNKNOWN_COMMAND', `unknown command: ${name}`);
    const command = commands[name as CommandName];
    const parsed = command.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return fail('VALIDATION', `invalid input for ${name}: ${issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; ')}`, issues);
    }
    try {
      // A write waits for the integrity check to pass: it never lands in a damaged archive.
      if (command.kind === 'mutation') await ctx.archive.whenWritable();
      const handler = handlers[name as CommandName] as (i: unknown, c: HandlerContext) => Promise<unknown>;
      // A write records who made it: never "root" or a blank (db/actor.ts).
      const writeCtx = command.kind === 'mutation' ? { ...ctx, actor: await resolveActor(ctx.archive.db, ctx.actor) } : ctx;
      return { ok: true, value: await handler(parsed.data, writeCtx) };
    } catch (error) {
      const result = toError(error);
      if (!result.ok && result.error.code === 'INTERNAL') log(error);
      return result;
    }
  };
}
