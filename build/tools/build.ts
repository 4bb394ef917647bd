import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import fs from 'node:fs';
import path from 'node:path';

// Builds everything into dist/: the renderer (Vite) and the Node bundles (esbuild):
// cli.cjs (the `minutebook` command), main.cjs and preload.cjs (the Electron shell).

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');

// Lets ESM-style code (import.meta.url) run as CommonJS bundles.
const importMetaUrl = {
  banner: { js: 'const __import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__import_meta_url' },
};

async function bundle(entry: string, outfile: string, external: string[]) {
  await esbuild({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(dist, outfile),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    external,
    logLevel: 'warning',
    ...importMetaUrl,
  });
}

async function main() {
  const only = process.argv[2];
  fs.mkdirSync(dist, { recursive: true });
  if (!only || only === 'renderer') {
    await viteBuild({ configFile: path.join(root, 'renderer/vite.config.ts'), logLevel: 'warn' });
  }
  if (!only || only === 'node') {
    await bundle('electron/cli/bin.ts', 'cli.cjs', ['better-sqlite3', 'electron']);
    fs.chmodSync(path.join(dist, 'cli.cjs'), 0o755);
    await bundle('electron/shell/main.ts', 'main.cjs', ['better-sqlite3', 'electron']);
    // The core worker (handlers + archive connection), started by cli.cjs and main.cjs beside it.
    await bundle('electron/core/worker.ts', 'core-worker.cjs', ['better-sqlite3']);
    await bundle('electron/shell/preload.ts', 'preload.cjs', ['electron']);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
