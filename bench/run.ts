import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openArchive } from '../db/connection.js';
import { dashboardCounts } from '../db/dashboard.js';
import { quickCheckNow } from '../db/integrity.js';
import { listPeople } from '../db/people-list.js';
import { getRoster } from '../db/roster.js';
import { loadSqlite } from '../db/sqlite-driver.js';
import { fill } from './generate.js';

// `npm run bench`: each measure is timed against a baseline measured in the same run on the
// same archive, and printed as a ratio with its target. Exit 1 when a target is missed.

const SIZE = { committees: 300, people: 30_000, membersPerCommittee: 60, actions: 150_000 };
const RUNS = 7;

async function median(fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

interface Row {
  measure: string;
  ms: number;
  baseline: string;
  baselineMs: number;
  target: number;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  try {
    const created = await openArchive(file, { integrityCheck: 'skip', create: true });
    await created.close();
    const Sqlite = loadSqlite();
    const raw = new Sqlite(file);
    fill(raw, SIZE);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    const mb = fs.statSync(file).size / 2 ** 20;
    console.log(`archive: ${mb.toFixed(1)} MiB — ${JSON.stringify(SIZE)}; median of ${RUNS} runs\n`);

    const rows: Row[] = [];
    const quickCheck = await median(() => quickCheckNow(raw));
    // Time until the archive is usable; closing (which waits for the check) is not timed.
    const opened: Array<Awaited<ReturnType<typeof openArchive>>> = [];
    const open = await median(async () => {
      const archive = await openArchive(file);
      if (archive.integrity().status !== 'checking') throw new Error('expected the check to run in the background');
      opened.push(archive);
    });
    for (const archive of opened) await archive.close();
    rows.push({ measure: 'open archive (check in background)', ms: open, baseline: 'PRAGMA quick_check', baselineMs: quickCheck, target: 0.2 });

    const archive = await openArchive(file, { integrityCheck: 'skip' });
    const db = archive.db;
    const today = '2026-11-27';
    const scanActions = await median(() => raw.prepare('select deadline, completed_on, on_hold from actions').all());
    rows.push({
      measure: 'dashboard counts',
      ms: await median(() => dashboardCounts(db, today)),
      baseline: 'read the action dates',
      baselineMs: scanActions,
      target: 3,
    });

    const rawRoster = await median(() =>
      raw
        .prepare('select * from memberships m join people p on p.id = m.person_id where m.committee_id = 150 and m.to_date is null')
        .all(),
    );
    rows.push({ measure: 'roster of one committee, as of a date', ms: await median(() => getRoster(db, 150, today)), baseline: 'raw join', baselineMs: rawRoster, target: 25 });

    const rawPeople = await median(() => raw.prepare('select * from people').all());
    rows.push({ measure: 'people search, accents folded', ms: await median(() => listPeople(db, { query: 'nguyen van an' })), baseline: 'read all people', baselineMs: rawPeople, target: 4 });

    await archive.close();
    raw.close();

    let missed = 0;
    console.log('measure'.padEnd(42), 'ms'.padStart(9), '  baseline'.padEnd(26), 'ms'.padStart(9), 'ratio'.padStart(8), 'target'.padStart(8));
    for (const r of rows) {
      const ratio = r.ms / r.baselineMs;
      const ok = ratio <= r.target;
      if (!ok) missed += 1;
      console.log(
        r.measure.padEnd(42),
        r.ms.toFixed(1).padStart(9),
        `  ${r.baseline}`.padEnd(26),
        r.baselineMs.toFixed(1).padStart(9),
        ratio.toFixed(2).padStart(8),
        `≤ ${r.target}`.padStart(8),
        ok ? '' : ' MISSED',
      );
    }
    process.exitCode = missed === 0 ? 0 : 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
