// Run by client.test.ts in a process of its own, as a host would be: opens a core on the
// archive named in argv, runs a query, a write and archive.status, then reports whether this
// process (the host's thread) ever loaded the SQLite driver.
import { createRequire } from 'node:module';
import { openCore } from './client.js';

const core = await openCore(process.argv[2]!, { host: 'browser' });
const results = [
  await core.dispatch('committees.list', {}),
  await core.dispatch('people.create', { fullName: 'Phạm Văn Thử' }),
  await core.dispatch('archive.status', {}),
];
await core.close();
const modules = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify({ ok: results.map((r) => r.ok), sqliteLoaded: modules.some((m) => m.includes('better-sqlite3')) }));
