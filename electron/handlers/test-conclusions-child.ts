// A second process issuing conclusion notices, for conclusions-two-processes.test.ts (run with
// `node --import tsx`): issue FILE N — makes and issues N notices of committee 1 (the demo's
// Party committee) through the dispatch, without the lock file, from START_AT_MS on, and prints
// each number (or error).
import { openSession } from './session.js';

async function main(): Promise<void> {
  const [mode, file, n, startAt] = process.argv.slice(2);
  if (mode !== 'issue' || !file) throw new Error('usage: issue FILE N [START_AT_MS]');
  const session = await openSession(file, 'browser', { integrityCheck: 'skip', lock: false });
  // Both processes start issuing at the same moment, so that their transactions overlap.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt ?? 0) - Date.now())));
  const signers = await session.dispatch('conclusions.signers', { committeeId: 1, asOf: '2021-05-01' });
  if (!signers.ok) throw new Error(signers.error.message);
  const head = (signers.value as { signers: Array<{ personId: number; suggestedForm: string }> }).signers.find((s) => s.suggestedForm === 'tm');
  const got: Array<number | string> = [];
  for (let i = 0; i < Number(n); i++) {
    const draft = await session.dispatch('conclusions.create', {
      committeeId: 1,
      title: `Thông báo ${process.pid}-${i}`,
      datedOn: '2021-05-01',
      signer: { personId: head?.personId ?? null, form: 'tm', title: 'Trưởng ban' },
      recipients: [],
      items: [{ text: 'Thực hiện.' }],
    });
    if (!draft.ok) {
      got.push(`${draft.error.code}: ${draft.error.message}`);
      continue;
    }
    const result = await session.dispatch('conclusions.issue', { id: (draft.value as { id: number }).id });
    got.push(result.ok ? (result.value as { number: number }).number : `${result.error.code}: ${result.error.message}`);
  }
  await session.close();
  console.log(JSON.stringify(got));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
