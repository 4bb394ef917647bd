import { parseArgs } from 'node:util';
import { UsageError } from './usage.js';

export interface CliArgs {
  command: 'help' | 'init' | 'serve' | 'demo' | 'status' | 'start';
  db?: string;
  port?: number;
  /** start only: create the archive first when it does not exist yet (what `npm start` does). */
  initIfMissing?: boolean;
}

const COMMANDS = ['init', 'serve', 'demo', 'status', 'start'] as const;

export function parseCli(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        db: { type: 'string' },
        port: { type: 'string' },
        'init-if-missing': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { command: 'help' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command: ${command}`);
  if (rest.length > 0) throw new UsageError(`unexpected argument: ${rest[0]}`);
  if (command === 'demo' && !values.db) throw new UsageError('demo needs --db FILE (it never writes into your everyday archive by accident)');
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d{1,5}$/.test(values.port) || port > 65535) throw new UsageError(`--port must be 0-65535, not ${values.port}`);
    if (command !== 'serve' && command !== 'start') throw new UsageError('--port goes with serve');
  }
  const initIfMissing = values['init-if-missing'];
  if (initIfMissing && command !== 'start') throw new UsageError('--init-if-missing goes with start');
  return { command: command as CliArgs['command'], db: values.db, port, ...(initIfMissing ? { initIfMissing } : {}) };
}
