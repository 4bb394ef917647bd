// A second process on an archive, for the tests in two-processes.test.ts (run with `node --import tsx`).
//   update FILE N ID   runs committees.update N times on committee ID, without the lock file; prints the codes
//   hold FILE          opens the archive like a host (taking its lock file), prints "ready", waits to be killed
import { openSession } from './session.js';

async function main(): Promise<void> {
  const [mode, file, n, id] = process.argv.slice(2);
  if (!file) throw new Error('usage: update FILE N ID | hold FILE');
  if (mode === 'hold') {
    await openSession(file, 'browser', { integrityCheck: 'skip' });
    console.log('ready');
    setInterval(() => {}, 1 << 30);
    return;
  }
  const session = await openSession(file, 'browser', { integrityCheck: 'skip', lock: false });
  const codes: string[] = [];
  for (let i = 0; i < Number(n); i++) {
    const result = await session.dispatch('committees.update', { id: Number(id), placeName: `${process.pid}-${i}` });
    codes.push(result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`);
  }
  await session.close();
  console.log(JSON.stringify(codes));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
