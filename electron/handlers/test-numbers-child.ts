// A second process taking document numbers, for document-numbers-two-processes.test.ts
// (run with `node --import tsx`): reserve FILE N — reserves N numbers of committee 1's TB
// series through the dispatch, without the lock file, and prints each number (or error code).
import { openSession } from './session.js';

async function main(): Promise<void> {
  const [mode, file, n] = process.argv.slice(2);
  if (mode !== 'reserve' || !file) throw new Error('usage: reserve FILE N');
  const session = await openSession(file, 'browser', { integrityCheck: 'skip', lock: false });
  const got: Array<number | string> = [];
  for (let i = 0; i < Number(n); i++) {
    const result = await session.dispatch('documentNumbers.reserve', { committeeId: 1, type: 'TB', issuedOn: '2021-05-01', note: `${process.pid}-${i}` });
    got.push(result.ok ? (result.value as { number: number }).number : `${result.error.code}: ${result.error.message}`);
  }
  await session.close();
  console.log(JSON.stringify(got));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
