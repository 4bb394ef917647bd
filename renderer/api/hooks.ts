import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { type CommandError, type CommandInput, type CommandName, type CommandResult, PAGE_DEFAULT_LIMIT, type Page } from '../../electron/contract';
import { invoke } from './transport';

/** A failed command, carried through React Query as an error. */
export class CommandFailure extends Error {
  constructor(readonly error: CommandError) {
    super(error.message);
  }
}

export async function call<N extends CommandName, I extends CommandInput<N>>(name: N, input: I): Promise<CommandResult<N, I>> {
  const result = await invoke(name, input);
  if (!result.ok) throw new CommandFailure(result.error);
  return result.value;
}

export function useCommand<N extends CommandName>(name: N, input: CommandInput<N>, enabled = true) {
  return useQuery({ queryKey: [name, input], queryFn: () => call(name, input), enabled });
}

/** A keyset list command: the names whose input takes a cursor and whose result is a Page. */
type PagedCommand = {
  [N in CommandName]: CommandInput<N> extends { cursor?: string } ? (CommandResult<N> extends Page<unknown> ? N : never) : never;
}[CommandName];

/** Which page (counted from the first) and the cursor that fetches it. */
export interface PageParam {
  index: number;
  cursor?: string;
}

/** Pages of one list kept at once: the screen never holds more than this many. */
export const KEPT_PAGES = 3;

/**
 * A keyset-paged list, fetched a page at a time as the clerk scrolls (useInfiniteQuery).
 * At most KEPT_PAGES pages are held; a page dropped from the top is fetched again from
 * the cursor remembered for it when the clerk scrolls back up.
 */
export function useCommandPages<N extends PagedCommand>(name: N, input: Omit<CommandInput<N>, 'cursor' | 'limit'>) {
  const cursors = useRef(new Map<string, Map<number, string | undefined>>());
  const key = JSON.stringify(input);
  const known = (): Map<number, string | undefined> => {
    let map = cursors.current.get(key);
    if (!map) cursors.current.set(key, (map = new Map([[0, undefined]])));
    return map;
  };
  return useInfiniteQuery({
    queryKey: [name, input, 'pages'],
    queryFn: ({ pageParam }) => call(name, { ...input, limit: PAGE_DEFAULT_LIMIT, cursor: pageParam.cursor } as CommandInput<N>),
    initialPageParam: { index: 0 } as PageParam,
    getNextPageParam: (last, _all, param) => {
      const cursor = (last as Page<unknown>).nextCursor;
      if (!cursor) return undefined;
      known().set(param.index + 1, cursor);
      return { index: param.index + 1, cursor };
    },
    getPreviousPageParam: (_first, _all, param) =>
      param.index === 0 ? undefined : { index: param.index - 1, cursor: known().get(param.index - 1) },
    maxPages: KEPT_PAGES,
  });
}

/** The rows a paged list holds and the position of the first among all rows of the list. */
export function heldRows<T>(data: { pages: Array<Page<T>>; pageParams: unknown[] } | undefined): { rows: T[]; offset: number } {
  if (!data) return { rows: [], offset: 0 };
  return { rows: data.pages.flatMap((p) => p.items), offset: ((data.pageParams[0] as PageParam | undefined)?.index ?? 0) * PAGE_DEFAULT_LIMIT };
}

/** A write; on success every query is refetched, so every screen shows the archive as it is. */
export function useCommandMutation<N extends CommandName>(name: N) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CommandInput<N>) => call(name, input),
    onSuccess: () => client.invalidateQueries(),
  });
}
