import fs from 'node:fs';
import path from 'node:path';
import { GENESIS_HASH, entryHash } from '../../db/audit-chain.js';
import { openArchive } from '../../db/connection.js';
import { loadSqlite } from '../../db/sqlite-driver.js';
import { afterGenerate } from './after-generate.js';
import { generateAttachments, linkAttachments, linkPreviousScans } from './attachments.js';
import { FULL_SIZE, GenContext, type Size } from './context.js';
import { LAST_DAY } from './dates.js';
import { generateFollowUp } from './follow-up.js';
import { generateMeetings } from './meetings.js';
import { generateOrganisation } from './organisation.js';
import { Random } from './random.js';

/** Bump when the generated content changes: cached bench archives are keyed by it. */
export const GENERATOR_VERSION = 6;
export const DEFAULT_SEED = 20210113;

export interface GenerateOptions {
  size?: Partial<Size>;
  seed?: number;
  /** Run PRAGMA foreign_key_check at the end (tests; a few seconds on the full archive). */
  checkReferences?: boolean;
}

export interface GenerateSummary {
  file: string;
  seconds: number;
  bytes: number;
  rows: Record<string, number>;
  /** Schema columns the generator leaves to their default (a later migration's, without a hook). */
  unfilled: Record<string, string[]>;
  /** Generated values the schema has no column for (yet). */
  dropped: Record<string, string[]>;
  /** Tables of the schema the generator does not fill. */
  emptyTables: string[];
  hooks: string[];
}

/** Columns every table's rows legitimately leave empty in a generated archive. */
const EXPECTED_UNFILLED = new Set<string>();

/**
 * Writes a 20-year archive to `file` (replacing it): a new archive is created and migrated by
 * the app's openArchive, rows are bulk-inserted through the current schema in one
 * transaction, then the app's back-fill hooks run. Written beside the target and renamed.
 */
export async function generateArchive(file: string, options: GenerateOptions = {}): Promise<GenerateSummary> {
  const started = performance.now();
  const size: Size = { ...FULL_SIZE, ...options.size };
  if (size.activePeople > size.people) size.activePeople = size.people;
  const target = path.resolve(file);
  const partial = `${target}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });

  const created = await openArchive(partial, { integrityCheck: 'skip', create: true });
  await created.close();

  const Sqlite = loadSqlite();
  const sqlite = new Sqlite(partial);
  const ctx = new GenContext(sqlite, size, new Random(options.seed ?? DEFAULT_SEED));
  try {
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('cache_size = -262144');
    sqlite.pragma('foreign_keys = OFF');
    sqlite.transaction(() => {
      // Attachments first: decisions (organisation) point at some as their scanned files.
      if (size.attachmentBytes > 0) generateAttachments(ctx, size.attachmentBytes);
      const org = generateOrganisation(ctx);
      const meetings = generateMeetings(ctx, org.committees);
      linkAttachments(ctx, meetings);
      linkPreviousScans(ctx);
      generateFollowUp(ctx, meetings, org.committees);
      ctx.write('settings', { key: 'ui.language', value: JSON.stringify('vi'), at: `${LAST_DAY}T01:00:00.000Z` });
      ctx.audit.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      let prev = GENESIS_HASH;
      ctx.audit.forEach((e, i) => {
        const hash = entryHash(prev, { at: e.at, actor: e.actor, action: e.action, entity: e.entity, entity_id: e.entityId, detail_json: e.detail });
        ctx.write('auditLog', { id: i + 1, ...e, prevHash: prev, hash });
        prev = hash;
      });
    })();
    if (options.checkReferences) {
      const broken = sqlite.prepare('pragma foreign_key_check').all();
      if (broken.length > 0) throw new Error(`generated archive has broken references: ${JSON.stringify(broken.slice(0, 5))}`);
    }
    sqlite.pragma('journal_mode = DELETE');
  } finally {
    sqlite.close();
  }

  const archive = await openArchive(partial, { integrityCheck: 'skip' });
  try {
    for (const hook of afterGenerate) await hook.run(archive);
  } finally {
    await archive.close();
  }
  const check = new Sqlite(partial);
  check.pragma('wal_checkpoint(TRUNCATE)');
  const tables = (check.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`).all() as Array<{ name: string }>).map((t) => t.name);
  // Empty in the finished file (a table filled by a back-fill hook, such as people_words, counts as filled).
  const emptyTables = tables.filter((t) => check.prepare(`select exists (select 1 from "${t}") filled`).pluck().get() === 0);

  const rows: Record<string, number> = {};
  const unfilled: Record<string, string[]> = {};
  const dropped: Record<string, string[]> = {};
  for (const [builder, writer] of ctx.writers) {
    rows[writer.table] = writer.count;
    // Left empty by the insert and by every back-fill hook (0004's keys are filled by a hook).
    const missing = writer
      .unfilled()
      .filter((c) => !EXPECTED_UNFILLED.has(`${writer.table}.${c}`))
      .filter((c) => check.prepare(`select exists (select 1 from "${writer.table}" where "${c}" is not null) filled`).pluck().get() === 0);
    if (missing.length > 0) unfilled[writer.table] = missing;
    const extra = writer.dropped(ctx.samples.get(builder)!);
    if (extra.length > 0) dropped[writer.table] = extra;
  }
  check.close();
  fs.renameSync(partial, target);
  for (const f of [`${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
  return {
    file: target,
    seconds: (performance.now() - started) / 1000,
    bytes: fs.statSync(target).size,
    rows,
    unfilled,
    dropped,
    emptyTables,
    hooks: afterGenerate.map((h) => h.name),
  };
}
