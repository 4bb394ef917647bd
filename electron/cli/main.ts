import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import { ArchiveError } from '../../db/errors.js';
import { resolveArchivePath } from '../../db/paths.js';
import { openCore } from '../core/client.js';
import type { ArchiveStatus, AuditChainState } from '../contract.js';
import { startServer } from '../server/serve.js';
import { type CliArgs, parseCli } from './args.js';
import { parseDocumentArgs, runDocument } from './document.js';
// C2 (issue 9): the actions report
import { runReportCli } from './report.js';
import { findElectron } from './electron-binary.js';
import { roster } from './roster.js';
import { DOCUMENT_HELP_VI, ROSTER_HELP_VI, ROSTER_IMPORT_HELP_VI, failureVi } from './messages-vi.js';
import { rosterImport } from './roster-import.js';
import { USAGE, UsageError } from './usage.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The built renderer: dist/renderer beside the bundled CLI, or MINUTEBOOK_RENDERER_DIR. */
function rendererDir(): string {
  return process.env.MINUTEBOOK_RENDERER_DIR ?? path.join(here, 'renderer');
}

async function serve(args: CliArgs): Promise<number> {
  const file = resolveArchivePath(args.db);
  const core = await openCore(file, { host: 'browser' });
  const server = await startServer({ dispatch: core.dispatch, files: core, staticDir: rendererDir(), port: args.port }).catch(
    async (error: unknown) => {
      await core.close();
      throw error;
    },
  );
  console.log(`Minutebook (browser mode) — archive: ${file}`);
  console.log(`Open: ${server.url}`);
  core.checked.then((state) => {
    if (state.status === 'failed') console.error(`Integrity check FAILED: ${state.problems[0]} — the archive is read-only.`);
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await core.close();
  return 0;
}

/** True when there is an archive at `file` (a zero-byte file is none). */
function archiveExists(file: string): boolean {
  return (fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) > 0;
}

/** Creates a new, empty archive at `file`; refused when one is already there. */
async function createArchive(file: string): Promise<void> {
  if (archiveExists(file)) {
    throw new ArchiveError('ARCHIVE_EXISTS', `There is already an archive at ${file}; nothing was changed.`, { file });
  }
  const core = await openCore(file, { host: 'browser', integrityCheck: 'skip', readers: 0, create: true, lock: false });
  await core.close();
  console.log(`Created a new archive at ${file}`);
}

async function init(args: CliArgs): Promise<number> {
  await createArchive(resolveArchivePath(args.db));
  return 0;
}

async function demo(args: CliArgs): Promise<number> {
  const file = resolveArchivePath(args.db);
  const core = await openCore(file, { host: 'browser', integrityCheck: 'now', readers: 0, create: true, lock: 'minutebook demo' });
  try {
    const loaded = await core.job('demo.load');
    if (!loaded.ok) throw new Error(loaded.error.message);
    const summary = loaded.value;
    console.log(
      `Demo loaded into ${file}: committee #${summary.committeeId}, ${summary.members} members, ` +
        `meeting of 13/01/2021, conclusion with ${summary.items} items, ${summary.actions} actions.`,
    );
  } finally {
    await core.close();
  }
  return 0;
}

async function status(args: CliArgs): Promise<number> {
  const file = resolveArchivePath(args.db);
  const core = await openCore(file, { host: 'browser', integrityCheck: 'now', readers: 0, lock: false });
  try {
    const integrity = core.integrity();
    const [chain, archive] = await Promise.all([core.dispatch('archive.verifyAudit', {}), core.dispatch('archive.status', {})]);
    if (!chain.ok) throw new Error(chain.error.message);
    if (!archive.ok) throw new Error(archive.error.message);
    const audit = chain.value as AuditChainState;
    const lines = [`archive: ${file}`, `schema: ${(archive.value as ArchiveStatus).schemaVersion}`, `integrity: ${integrity.status}`];
    lines.push(audit.status === 'ok' ? `audit log: ok (${audit.entries} entries)` : `audit log: BROKEN — ${audit.reason}`);
    if ((archive.value as ArchiveStatus).readOnly) lines.push('access: read-only');
    console.log(lines.join('\n'));
    if (integrity.status === 'failed') console.error(integrity.problems.join('\n'));
    if (audit.status === 'broken') {
      console.error(`The audit log was altered${audit.entryId === null ? '' : ` at entry ${audit.entryId}`}: ${audit.reason}`);
    }
    return integrity.status === 'ok' && audit.status === 'ok' ? 0 : 1;
  } finally {
    await core.close();
  }
}

async function start(args: CliArgs): Promise<number> {
  const file = resolveArchivePath(args.db);
  if (args.initIfMissing && !archiveExists(file)) await createArchive(file);
  const electron = findElectron();
  if ('path' in electron) {
    const extra = args.db ? ['--db', args.db] : [];
    const child = spawn(electron.path, [path.join(here, 'main.cjs'), ...extra], { stdio: 'inherit' });
    return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  }
  console.log(`Electron is not available here (${electron.missing}); starting browser mode instead.`);
  return serve(args);
}

export async function runCli(argv: string[]): Promise<number> {
  if (argv[0] === 'roster' && argv[1] === 'import') return runRosterImport(argv.slice(2));
  if (argv[0] === 'document') return runDocumentCli(argv.slice(1));
  if (argv[0] === 'report') return runReportCli(argv.slice(1));
  let args: CliArgs;
  try {
    args = parseCli(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`minutebook: ${error.message}\n\n${argv[0] === 'roster' ? ROSTER_HELP_VI : USAGE}`);
    return 2;
  }
  try {
    switch (args.command) {
      case 'help':
        console.log(USAGE);
        return 0;
      case 'roster-help':
        console.log(ROSTER_HELP_VI);
        return 0;
      case 'init':
        return await init(args);
      case 'serve':
        return await serve(args);
      case 'demo':
        return await demo(args);
      case 'status':
        return await status(args);
      case 'start':
        return await start(args);
      case 'roster':
        return await roster(args);
    }
  } catch (error) {
    // The roster speaks Vietnamese to the clerk, as its import does.
    const message = args.command === 'roster' ? failureVi(error) : error instanceof ArchiveError || error instanceof Error ? error.message : String(error);
    console.error(`minutebook: ${message}`);
    if (args.command === 'roster') return 1;
    if (error instanceof ArchiveError && error.code === 'ARCHIVE_MISSING' && !args.db && !process.env.MINUTEBOOK_DB) {
      console.error('To begin, create your archive with:  minutebook init   (or try the demo: minutebook demo --db demo.sqlite)');
    }
    return 1;
  }
}

/** `minutebook roster import …` (electron/cli/roster-import.ts), with the same exit codes. */
async function runRosterImport(argv: string[]): Promise<number> {
  try {
    return await rosterImport(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`minutebook: ${error.message}\n\n${ROSTER_IMPORT_HELP_VI}`);
      return 2;
    }
    console.error(`minutebook: ${failureVi(error)}`);
    return 1;
  }
}

/** `minutebook document ...`: its own arguments (electron/cli/document.ts), the same exit codes. */
async function runDocumentCli(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseDocumentArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`minutebook: ${error.message}\n\n${DOCUMENT_HELP_VI}`);
    return 2;
  }
  if (args === 'help') {
    console.log(DOCUMENT_HELP_VI);
    return 0;
  }
  try {
    return await runDocument(args);
  } catch (error) {
    console.error(`minutebook: ${failureVi(error)}`);
    return 1;
  }
}
