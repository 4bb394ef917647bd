import type { DecisionChanges } from '../../../electron/contract';

/**
 * The day a decision's changes took effect: the first day of the terms it started or the
 * first day off of those it ended (often days after its signing), else its signing date.
 * The roster "of the decision" is the roster of that day.
 */
export function effectiveDate({ decision, started, ended }: DecisionChanges): string {
  const days = [...started.map((m) => m.fromDate), ...ended.flatMap((m) => (m.toDate ? [m.toDate] : []))];
  return days.sort()[0] ?? decision.signedOn;
}
