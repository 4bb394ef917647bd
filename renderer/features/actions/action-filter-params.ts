import { ACTION_STATUSES, type ActionListFilter, type ActionStatus, type CommandInput } from '../../../electron/contract';

// The actions list's filter lives in the address (#/actions?status=overdue&asOf=2021-03-01), so a
// dashboard figure links to the list behind it, the back button keeps the filters, and a list
// can be bookmarked. One mapping, both ways: every key of ActionListFilter has its parameter.

type Param = { [K in keyof Required<ActionListFilter>]: string };

/** The parameter of each filter key (owner takes two: `person` or `unit`). */
const PARAMS = {
  committeeId: 'committee',
  conclusionId: 'conclusion',
  conclusionItemId: 'item',
  withoutConclusion: 'standalone',
  owner: 'person|unit',
  statuses: 'status',
  deadlineFrom: 'deadlineFrom',
  deadlineTo: 'deadlineTo',
  completedFrom: 'completedFrom',
  completedTo: 'completedTo',
  asOf: 'asOf',
} as const satisfies Param;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const positive = (v: string | null): number | undefined => (v !== null && /^[1-9]\d{0,15}$/.test(v) ? Number(v) : undefined);
const isoDay = (v: string | null): string | undefined => (v !== null && ISO.test(v) ? v : undefined);

/** The address's query for a filter: the same filter comes back from filterFromParams. */
export function filterToParams(filter: ActionListFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (filter.committeeId !== undefined) p.set(PARAMS.committeeId, String(filter.committeeId));
  if (filter.conclusionId !== undefined) p.set(PARAMS.conclusionId, String(filter.conclusionId));
  if (filter.conclusionItemId !== undefined) p.set(PARAMS.conclusionItemId, String(filter.conclusionItemId));
  if (filter.withoutConclusion) p.set(PARAMS.withoutConclusion, '1');
  if (filter.owner) {
    if ('personId' in filter.owner) p.set('person', String(filter.owner.personId));
    else p.set('unit', filter.owner.unitName);
  }
  if (filter.statuses?.length) p.set(PARAMS.statuses, filter.statuses.join(','));
  for (const key of ['deadlineFrom', 'deadlineTo', 'completedFrom', 'completedTo', 'asOf'] as const) {
    const v = filter[key];
    if (v !== undefined) p.set(PARAMS[key], v);
  }
  return p;
}

/** The list's filter from the address; a parameter that is not well formed is left out. */
export function filterFromParams(p: URLSearchParams): ActionListFilter {
  const f: ActionListFilter = {};
  const committeeId = positive(p.get(PARAMS.committeeId));
  if (committeeId !== undefined) f.committeeId = committeeId;
  const conclusionId = positive(p.get(PARAMS.conclusionId));
  if (conclusionId !== undefined) f.conclusionId = conclusionId;
  const itemId = positive(p.get(PARAMS.conclusionItemId));
  if (itemId !== undefined) f.conclusionItemId = itemId;
  if (p.get(PARAMS.withoutConclusion) === '1') f.withoutConclusion = true;
  const personId = positive(p.get('person'));
  const unit = p.get('unit')?.trim();
  if (personId !== undefined) f.owner = { personId };
  else if (unit) f.owner = { unitName: unit };
  const statuses = (p.get(PARAMS.statuses) ?? '')
    .split(',')
    .filter((s): s is ActionStatus => (ACTION_STATUSES as readonly string[]).includes(s));
  if (statuses.length) f.statuses = [...new Set(statuses)];
  for (const key of ['deadlineFrom', 'deadlineTo', 'completedFrom', 'completedTo', 'asOf'] as const) {
    const v = isoDay(p.get(PARAMS[key]));
    if (v !== undefined) f[key] = v;
  }
  return f;
}

/** `/actions?…` for a filter: a dashboard figure's or a report line's link. */
export function actionsListHref(filter: ActionListFilter): string {
  const query = filterToParams(filter).toString();
  return query ? `/actions?${query}` : '/actions';
}

/** The filter as actions.list takes it (the model says boolean where the schema takes only `true`). */
export function listInput(filter: ActionListFilter): Omit<CommandInput<'actions.list'>, 'limit' | 'offset'> {
  const { withoutConclusion, ...rest } = filter;
  return withoutConclusion ? { ...rest, withoutConclusion: true } : rest;
}
