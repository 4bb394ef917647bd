import { useCommand } from '../../api/hooks';

/**
 * The committee a members tab works on: the one in the address, else the first by name
 * (the pickers search all of them). The one rule for the roster and the import tabs, so
 * a clerk who moves between them never lands on another committee.
 */
export function useChosenCommittee(committeeId: number | undefined) {
  const committees = useCommand('committees.list', { limit: 1 });
  const selected = committeeId ?? committees.data?.items[0]?.id;
  return { committees, selected };
}
