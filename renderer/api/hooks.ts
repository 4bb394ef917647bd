import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommandError, CommandInput, CommandName, CommandResult, Page } from '../../electron/contract';
import { invoke } from './transport';

/** A failed command, carried through React Query as an error. */
export class CommandFailure extends Error {
  constructor(readonly error: CommandError) {
    super(error.message);
  }
}

export async function call<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandResult<N>> {
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

/**
 * A keyset-paged list, one page at a time as the clerk scrolls (useInfiniteQuery): the
 * screen holds the pages it has shown, never the whole table.
 */
export function useCommandPages<N extends PagedCommand>(name: N, input: Omit<CommandInput<N>, 'cursor'>) {
  return useInfiniteQuery({
    queryKey: [name, input, 'pages'],
    queryFn: ({ pageParam }) => call(name, { ...input, cursor: pageParam } as CommandInput<N>),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last as Page<unknown>).nextCursor ?? undefined,
  });
}

/** A write; on success every query is refetched, so every screen shows the archive as it is. */
export function useCommandMutation<N extends CommandName>(name: N) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CommandInput<N>) => call(name, input),
    onSuccess: () => client.invalidateQueries(),
  });
}
