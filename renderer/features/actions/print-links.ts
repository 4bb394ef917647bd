import type { ActionOwner } from '../../../electron/contract';

// Addresses of the action documents' print views (routes in renderer/routes.tsx, C3's block):
//   #/print/tasks/<personId>?committee=<id>[&asOf=]            tasks of one member
//   #/print/reminder/person/<personId>?committee=<id>[&asOf=]   reminder letter to a member
//   #/print/reminder/unit/<unit name>?committee=<id>[&asOf=]   reminder letter to a unit

const query = (committeeId: number, asOf?: string) => `?committee=${committeeId}${asOf ? `&asOf=${asOf}` : ''}`;

export function memberTasksHref(personId: number, committeeId: number, asOf?: string): string {
  return `/print/tasks/${personId}${query(committeeId, asOf)}`;
}

export function reminderHref(owner: Pick<ActionOwner, 'personId' | 'unitName' | 'name'>, committeeId: number, asOf?: string): string {
  const who = owner.personId !== null ? `person/${owner.personId}` : `unit/${encodeURIComponent(owner.unitName ?? owner.name)}`;
  return `/print/reminder/${who}${query(committeeId, asOf)}`;
}
