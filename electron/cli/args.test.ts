import { describe, expect, it } from 'vitest';
import { parseCli } from './args.js';
import { UsageError } from './usage.js';

function usageError(argv: string[]): string {
  try {
    parseCli(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`parseCli accepted ${JSON.stringify(argv)}`);
}

describe('parseCli', () => {
  it('reads commands with their options', () => {
    expect(parseCli(['serve', '--db', 'a.sqlite', '--port', '8080'])).toEqual({ command: 'serve', db: 'a.sqlite', port: 8080 });
    expect(parseCli(['serve', '--port=0'])).toEqual({ command: 'serve', db: undefined, port: 0 });
    expect(parseCli(['start', '--port', '65535']).port).toBe(65535);
    expect(parseCli(['demo', '--db', 'demo.sqlite'])).toEqual({ command: 'demo', db: 'demo.sqlite', port: undefined });
    expect(parseCli(['status'])).toEqual({ command: 'status', db: undefined, port: undefined });
    expect(parseCli(['init', '--db', 'new.sqlite'])).toEqual({ command: 'init', db: 'new.sqlite', port: undefined });
    expect(parseCli(['start', '--init-if-missing'])).toMatchObject({ command: 'start', initIfMissing: true });
    expect(parseCli(['start'])).not.toHaveProperty('initIfMissing');
    expect(usageError(['serve', '--init-if-missing'])).toMatch(/goes with start/);
  });

  it('help wins: --help, -h or the help command', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['serve', '--help'], ['bogus', '-h']]) {
      expect(parseCli(argv)).toEqual({ command: 'help' });
    }
  });

  it('refuses an unknown or missing command and extra arguments', () => {
    expect(usageError(['bogus'])).toMatch(/unknown command: bogus/);
    expect(usageError([])).toMatch(/no command/);
    expect(usageError(['status', 'now'])).toMatch(/unexpected argument: now/);
  });

  it('refuses unknown options and an option without its value', () => {
    expect(usageError(['serve', '--force'])).toMatch(/force/);
    expect(usageError(['serve', '--db'])).toMatch(/db/);
  });

  it('demo needs --db, so it never writes into the everyday archive by accident', () => {
    expect(usageError(['demo'])).toMatch(/demo needs --db/);
  });

  it.each(['-1', '65536', '80.5', 'abc', '', ' ', '1e3', '0x50', '+80'])('refuses --port %j', (port) => {
    expect(usageError(['serve', `--port=${port}`])).toMatch(/--port must be 0-65535/);
  });

  it('--port goes with serve or start only', () => {
    expect(usageError(['status', '--port', '8080'])).toMatch(/--port goes with serve/);
    expect(usageError(['demo', '--db', 'x', '--port', '8080'])).toMatch(/--port goes with serve/);
  });
});
