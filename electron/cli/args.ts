import { parseArgs } from 'node:util';
import { isCalendarDate } from '../../db/model/index.js';
import { usageErrorVi } from './messages-vi.js';
import { UsageError } from './usage.js';

export interface CliArgs {
  command: 'help' | 'init' | 'serve' | 'demo' | 'status' | 'start' | 'roster' | 'roster-help';
  db?: string;
  port?: number;
  /** start only: create the archive first when it does not exist yet (what `npm start` does). */
  initIfMissing?: boolean;
  /** roster only: the committee's id, the day (YYYY-MM-DD; default today) and JSON output. */
  committee?: number;
  date?: string;
  json?: boolean;
}

const COMMANDS = ['init', 'serve', 'demo', 'status', 'start', 'roster'] as const;

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
        committee: { type: 'string' },
        date: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    const message = (error as Error).message;
    throw new UsageError(argv[0] === 'roster' ? usageErrorVi(message) : message);
  }
  const { values, positionals } = parsed;
  if (values.help && positionals[0] === 'roster') return { command: 'roster-help' };
  if (values.help || positionals[0] === 'help') return { command: 'help' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command: ${command}`);
  if (rest.length > 0) throw new UsageError(command === 'roster' ? `tham số thừa: ${rest[0]}` : `unexpected argument: ${rest[0]}`);
  if (command === 'demo' && !values.db) throw new UsageError('demo needs --db FILE (it never writes into your everyday archive by accident)');
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d{1,5}$/.test(values.port) || port > 65535) throw new UsageError(`--port must be 0-65535, not ${values.port}`);
    if (command !== 'serve' && command !== 'start') throw new UsageError(command === 'roster' ? '--port chỉ dùng với serve' : '--port goes with serve');
  }
  const initIfMissing = values['init-if-missing'];
  if (initIfMissing && command !== 'start') throw new UsageError(command === 'roster' ? '--init-if-missing chỉ dùng với start' : '--init-if-missing goes with start');
  if (command === 'roster') return { command, db: values.db, ...rosterOptions(values) };
  for (const option of ['committee', 'date', 'json'] as const) {
    if (values[option] !== undefined) throw new UsageError(`--${option} goes with roster`);
  }
  return { command: command as CliArgs['command'], db: values.db, port, ...(initIfMissing ? { initIfMissing } : {}) };
}

function rosterOptions(values: { committee?: string; date?: string; json?: boolean }): Pick<CliArgs, 'committee' | 'date' | 'json'> {
  if (values.committee === undefined) throw new UsageError('cần --committee ID (số của Ban Chỉ đạo)');
  if (!/^[1-9]\d{0,15}$/.test(values.committee)) throw new UsageError(`--committee phải là số của Ban Chỉ đạo, không phải ${values.committee}`);
  if (values.date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(values.date) && isCalendarDate(values.date))) {
    throw new UsageError(`--date phải là một ngày có thật, dạng YYYY-MM-DD, không phải ${values.date}`);
  }
  return { committee: Number(values.committee), ...(values.date ? { date: values.date } : {}), ...(values.json ? { json: true } : {}) };
}
