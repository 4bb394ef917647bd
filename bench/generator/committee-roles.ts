import type { GenContext } from './context.js';

/**
 * Migration 0006's trigger seeds every inserted committee's role list (committee_roles) with
 * created_at = now, which would make two runs with the same seed differ. This stamps the
 * seeded rows with the committee's own (generated) creation time and returns the codes of
 * its list, so memberships can be checked against it (they reference (committee_id, code)).
 */
export function stampCommitteeRoles(ctx: GenContext, committeeId: number, at: string): Set<string> {
  ctx.sqlite.prepare('update committee_roles set created_at = ? where committee_id = ?').run(at, committeeId);
  const codes = ctx.sqlite.prepare('select code from committee_roles where committee_id = ?').pluck().all(committeeId) as string[];
  return new Set(codes);
}
