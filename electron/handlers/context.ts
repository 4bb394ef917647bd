import type { Clock } from '../../db/clock.js';
import type { Archive } from '../../db/connection.js';
import type { Host } from '../../db/model/index.js';
import { archiveToday } from '../../db/today.js';

/** What every handler gets besides its input. */
export interface HandlerContext {
  archive: Archive;
  /**
   * Who is making the change, for the audit log: the OS user, resolved for each write by the
   * dispatch (db/actor.ts: never "root" or blank; the archive's clerk name, else "Văn thư").
   */
  actor: string;
  host: Host;
  /** Where "now" comes from: the system clock in the hosts, a fixed one in tests. */
  clock: Clock;
}

/** Today (YYYY-MM-DD) in the archive's time zone: what "as of today" means in every command. */
export async function todayOf(ctx: HandlerContext): Promise<string> {
  return (await archiveToday(ctx.archive.db, ctx.clock)).today;
}
