import { useCommand } from '../api/hooks';

/**
 * Today in the archive's time zone, from the main side (the one owner of "today"). The
 * renderer never uses its own clock for record logic.
 */
export function useToday(): string | undefined {
  return useCommand('clock.today', {}).data?.today;
}
