import { type BuildOptions, build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import fs from 'node:fs';
import path from 'node:path';

// Builds everything into dist/: the renderer (Vite) and the Node bundles (esbuild):
// cli.cjs (the `minutebook` command), main.cjs and preload.cjs (the Electron shell),
// core-worker.cjs (the records core's worker threads).
// Each bundle gets the options of the environment it runs in (see nodeBundles below).

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');

/**
 * Lets ESM-style code (import.meta.url) run as a CommonJS bundle in Node. Only for bundles
 * that run in Node: the banner needs `__filename` and `node:url`.
 */
const importMetaUrl: BuildOptions = {
  banner: { js: 'const __import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__import_meta_url' },
};

/**
 * A sandboxed preload runs wrapped in a function that gets only `require` (electron, events,
 * timers, url), `process`, `Buffer`, `global`, `setImmediate`, `clearImmediate`: no
 * `__filename`, no `import.meta`, no other module. So no banner; the preload's bundle is
 * run in exactly that sandbox by electron/shell/preload.dist.test.ts.
 */
const sandboxedPreload: BuildOptions = { external: ['electron'] };

interface NodeBundle {
  entry: string;
  outfile: string;
  options: BuildOptions;
}

const nodeBundles: NodeBundle[] = [
  { entry: 'electron/cli/bin.ts', outfile: 'cli.cjs', options: { ...importMetaUrl, external: ['better-sqlite3', 'electron'] } },
  { entry: 'electron/shell/main.ts', outfile: 'main.cjs', options: { ...importMetaUrl, external: ['better-sqlite3', 'electron'] } },
  { entry: 'electron/shell/preload.ts', outfile: 'preload.cjs', options: sandboxedPreload },
  // The core worker (handlers + archive connection), started by cli.cjs and main.cjs beside it.
  { entry: 'electron/core/worker.ts', outfile: 'core-worker.cjs', options: { ...importMetaUrl, external: ['better-sqlite3'] } },
];

async function bundle({ entry, outfile, options }: NodeBundle) {
  await esbuild({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(dist, outfile),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    logLevel: 'warning',
    ...options,
  });
}

async function main() {
  const only = process.argv[2];
  fs.mkdirSync(dist, { recursive: true });
  if (!only || only === 'renderer') {
    await viteBuild({ configFile: path.join(root, 'renderer/vite.config.ts'), logLevel: 'warn' });
  }
  if (!only || only === 'node') {
    for (const spec of nodeBundles) await bundle(spec);
    fs.chmodSync(path.join(dist, 'cli.cjs'), 0o755);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
