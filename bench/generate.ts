import { generateArchive } from './generator/generate-archive.js';

// `npm run bench:generate -- FILE [--people 50000] [--attachments-gb 1] [--seed N]`:
// writes the 20-year archive alone, for anyone who wants to try the app on it.

function parse(argv: string[]) {
  let file: string | undefined;
  let people: number | undefined;
  let attachmentsGb = 0;
  let seed: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) throw new Error(`${arg} needs a number`);
      return v;
    };
    if (arg === '--people') people = Math.round(value());
    else if (arg === '--attachments-gb') attachmentsGb = value();
    else if (arg === '--seed') seed = Math.round(value());
    else if (!arg.startsWith('--') && file === undefined) file = arg;
    else throw new Error(`unknown argument: ${arg}`);
  }
  if (!file) throw new Error('usage: npm run bench:generate -- FILE [--people 50000] [--attachments-gb 1] [--seed N]');
  return { file, people, attachmentsGb, seed };
}

async function main() {
  const args = parse(process.argv.slice(2));
  const summary = await generateArchive(args.file, {
    seed: args.seed,
    size: { ...(args.people ? { people: args.people } : {}), attachmentBytes: Math.round(args.attachmentsGb * 2 ** 30) },
  });
  console.log(`${summary.file}: ${(summary.bytes / 2 ** 20).toFixed(0)} MiB in ${summary.seconds.toFixed(1)} s`);
  for (const [table, n] of Object.entries(summary.rows)) console.log(`  ${table.padEnd(18)} ${n.toLocaleString('en-US').padStart(9)}`);
  for (const [table, cols] of Object.entries(summary.unfilled)) console.log(`  not filled: ${table}.${cols.join(`, ${table}.`)}`);
  for (const [table, cols] of Object.entries(summary.dropped)) console.log(`  no column yet for: ${table}.${cols.join(`, ${table}.`)}`);
  if (summary.emptyTables.length > 0) console.log(`  tables left empty: ${summary.emptyTables.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
