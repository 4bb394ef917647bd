import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommandError, CommandInput, CommandName, CommandResult } from '../../electron/contract';
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

/** A write; on success every query is refetched, so every screen shows the archive as it is. */
export function useCommandMutation<N extends CommandName>(name: N) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CommandInput<N>) => call(name, input),
    onSuccess: () => client.invalidateQueries(),
  });
}
