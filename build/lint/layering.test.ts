import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the layering rule in eslint.config.js bites: for each folder, a file importing what
// its layer does not allow fails lint, and each allowed import passes.

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

interface Lint {
  layering: string[];
  restricted: string[];
}

async function lint(filePath: string, code: string): Promise<Lint> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  const messages = result?.messages ?? [];
  const of = (rule: string) => messages.filter((m) => m.ruleId === rule).map((m) => m.message);
  const fatal = messages.filter((m) => m.fatal).map((m) => m.message);
  expect(fatal).toEqual([]);
  return { layering: of('local/code-import-patterns'), restricted: of('no-restricted-imports') };
}

/** An import of the repository module `target` (a path like 'db/people') from the file `from`. */
function importOf(from: string, target: string): string {
  if (!target.includes('/')) return `import * as m from '${target}';\nexport const x = m;\n`;
  let spec = path.posix.relative(path.posix.dirname(from), target);
  if (!spec.startsWith('.')) spec = `./${spec}`;
  return `import * as m from '${spec}.js';\nexport const x = m;\n`;
}

// [file, module it imports]: each must fail the layering rule.
const forbidden: Array<[string, string]> = [
  // The hosts never reach the handlers or the database: they pass commands to the core.
  ['electron/server/bad.ts', 'electron/handlers/dispatch'],
  ['electron/server/bad.ts', 'electron/core/worker-main'],
  ['electron/cli/bad.ts', 'electron/handlers/session'],
  ['electron/cli/bad.ts', 'db/connection'],
  ['electron/shell/bad.ts', 'electron/handlers/session'],
  ['electron/shell/bad.ts', 'db/connection'],
  ['electron/handlers/bad.ts', 'electron/shell/security'],
  ['electron/handlers/bad.ts', 'electron/server/serve'],
  ['electron/handlers/bad.ts', 'electron/cli/main'],
  ['electron/handlers/bad.ts', 'renderer/api/transport'],
  ['electron/server/bad.ts', 'renderer/api/transport'],
  ['electron/server/bad.ts', 'electron/shell/ipc'],
  ['electron/server/bad.ts', 'electron/cli/main'],
  ['electron/server/bad.ts', 'db/connection'],
  ['electron/server/bad.ts', 'db/test-support'],
  ['electron/web/bad.ts', 'electron/server/serve'],
  ['electron/web/bad.ts', 'electron/handlers/dispatch'],
  ['electron/web/bad.ts', 'electron/shell/security'],
  ['electron/shell/bad.ts', 'electron/server/serve'],
  ['electron/shell/bad.ts', 'electron/cli/main'],
  ['electron/shell/bad.ts', 'db/connection'],
  ['electron/shell/bad.ts', 'renderer/routes'],
  ['electron/cli/bad.ts', 'electron/shell/main'],
  ['electron/cli/bad.ts', 'renderer/api/transport'],
  ['electron/core/bad.ts', 'electron/server/serve'],
  ['electron/core/bad.ts', 'electron/shell/ipc'],
  ['electron/core/bad.ts', 'electron/cli/main'],
  ['electron/contract.ts', 'electron/handlers/index'],
  ['electron/contract.ts', 'db/people'],
  ['electron/contract.ts', 'electron/server/serve'],
  ['electron/contract/bad.ts', 'db/schema/index'],
  ['db/bad.ts', 'bench/generate'],
  ['db/bad.ts', 'electron/contract'],
  ['db/bad.ts', 'electron/handlers/index'],
  ['db/bad.ts', 'renderer/ui/format'],
  ['db/bad.ts', 'build/tools/build'],
  ['db/model/bad.ts', 'db/connection'],
  ['db/model/bad.ts', 'electron/contract'],
  ['db/migrations/0099-bad.ts', 'db/people'],
  ['db/migrations/0099-bad.ts', 'db/model/levels'],
  ['renderer/features/x/Bad.tsx', 'db/connection'],
  ['renderer/features/x/Bad.tsx', 'db/people'],
  ['renderer/features/x/Bad.tsx', 'electron/handlers/index'],
  ['renderer/features/x/Bad.tsx', 'electron/web/static-files'],
  ['renderer/features/x/Bad.tsx', 'electron/shell/preload'],
  ['e2e/bad.spec.ts', 'electron/handlers/index'],
  ['e2e/bad.spec.ts', 'electron/server/serve'],
  ['e2e/bad.spec.ts', 'renderer/api/transport'],
  // A folder no layer covers fails on any import of ours, until the config names it.
  ['electron/worker/bad.ts', 'electron/contract'],
  ['lib/bad.ts', 'db/people'],
  // Outside the repository.
  ['db/bad.ts', '../shared/seed/x'],
];

// [file, module it imports]: each must pass.
const allowed: Array<[string, string]> = [
  ['renderer/features/x/Ok.tsx', 'renderer/ui/format'],
  ['renderer/features/x/Ok.tsx', 'electron/contract'],
  ['renderer/features/x/Ok.tsx', 'db/model/levels'],
  ['electron/contract.ts', 'db/model/levels'],
  ['electron/contract.ts', 'zod'],
  ['electron/handlers/ok.ts', 'db/people'],
  ['electron/handlers/ok.ts', 'electron/contract'],
  ['electron/handlers/ok.ts', 'electron/handlers/define'],
  ['electron/server/ok.ts', 'electron/web/static-files'],
  ['electron/server/ok.ts', 'electron/contract'],
  ['electron/server/ok.ts', 'electron/core/client'],
  ['electron/server/ok.ts', 'db/model/levels'],
  ['electron/server/ok.test.ts', 'db/test-support'],
  ['electron/server/ok.test.ts', 'electron/web/test-static-dir'],
  ['electron/web/ok.ts', 'electron/web/security-headers'],
  ['electron/cli/ok.ts', 'electron/server/serve'],
  ['electron/cli/ok.ts', 'electron/core/client'],
  ['electron/cli/ok.ts', 'db/paths'],
  ['electron/shell/ok.ts', 'electron/web/static-files'],
  ['electron/shell/ok.ts', 'electron/core/client'],
  ['electron/shell/ok.ts', 'electron/contract'],
  ['electron/shell/ok.ts', 'db/paths'],
  ['electron/core/ok.ts', 'electron/handlers/index'],
  ['electron/core/ok.ts', 'db/connection'],
  ['db/ok.ts', 'db/schema/index'],
  ['db/ok.ts', 'kysely'],
  ['db/model/ok.ts', 'db/model/levels'],
  ['db/migrations/0099-ok.ts', 'db/migrations/0001-initial'],
  ['e2e/ok.spec.ts', 'electron/contract'],
  ['e2e/ok.spec.ts', 'db/test-support'],
  ['e2e/ok.spec.ts', 'e2e/fixtures'],
  ['e2e/ok.spec.ts', 'electron/cli/electron-binary'],
  ['bench/ok.ts', 'electron/handlers/index'],
  ['build/tools/ok.ts', 'electron/shell/main'],
];

describe('layering rule: an allow-list per folder', () => {
  it.each(forbidden)('refuses %s importing %s', async (file, target) => {
    const { layering } = await lint(file, importOf(file, target));
    expect(layering).toHaveLength(1);
  });

  it.each(allowed)('lets %s import %s', async (file, target) => {
    expect(await lint(file, importOf(file, target))).toEqual({ layering: [], restricted: [] });
  });

  it('names the file, the import and what the layer may import', async () => {
    const { layering } = await lint('electron/handlers/bad.ts', importOf('electron/handlers/bad.ts', 'electron/shell/security'));
    expect(layering[0]).toContain("electron/handlers/bad may not import 'electron/shell/security'");
    expect(layering[0]).toContain('electron/handlers/**, electron/contract');
  });

  it.each([
    ['a dynamic import', "export const load = () => import('../../../db/connection.js');\n"],
    ['a re-export', "export * from '../../../db/connection.js';\n"],
    ['a named re-export', "export { openArchive } from '../../../db/connection.js';\n"],
    ['a type-only import', "import type { Archive } from '../../../db/connection.js';\nexport type A = Archive;\n"],
    ['an import type', "export type A = import('../../../db/connection.js').Archive;\n"],
    ['require', "export const c = require('../../../db/connection.js');\n"],
    ['a side-effect import', "import '../../../db/connection.js';\n"],
  ])('catches %s, not only import declarations', async (_what, code) => {
    expect((await lint('renderer/features/x/Bad.tsx', code)).layering).toHaveLength(1);
  });

  it('keeps db/model free of every package: it imports nothing', async () => {
    for (const name of ['zod', 'kysely', 'node:path']) {
      expect([name, (await lint('db/model/bad.ts', importOf('db/model/bad.ts', name))).layering.length]).toEqual([name, 1]);
    }
  });

  it('lets the contract import zod and no other package or Node module', async () => {
    for (const name of ['kysely', 'node:fs', 'fs', 'better-sqlite3', 'react']) {
      expect([name, (await lint('electron/contract.ts', importOf('electron/contract.ts', name))).layering.length]).toEqual([name, 1]);
    }
  });
});

describe('the bans on Node and Electron', () => {
  it.each([
    ['Node', "import fs from 'node:fs';"],
    ['Node (bare)', "import fs from 'fs';"],
    ['Electron', "import { ipcRenderer } from 'electron';"],
    ['the database driver', "import Database from 'better-sqlite3';"],
    ['the query builder', "import { Kysely } from 'kysely';"],
  ])('refuses the renderer importing %s', async (_what, line) => {
    expect((await lint('renderer/features/x/Bad.tsx', `${line}\nexport const x = 1;\n`)).restricted).toHaveLength(1);
  });

  it.each(['electron/handlers/bad.ts', 'electron/server/bad.ts', 'electron/cli/bad.ts', 'electron/core/bad.ts', 'electron/web/bad.ts', 'db/bad.ts', 'bench/bad.ts'])(
    "refuses 'electron' in %s: only the shell imports it",
    async (file) => {
      expect((await lint(file, "import { app } from 'electron';\nexport const a = app;\n")).restricted).toHaveLength(1);
    },
  );

  it("allows 'electron' in the shell", async () => {
    expect(await lint('electron/shell/ok.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual({ layering: [], restricted: [] });
  });
});

describe('the lint command', () => {
  it('fails on a violating file', () => {
    const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');
    const run = spawnSync(process.execPath, [eslintBin, '--stdin', '--stdin-filename', 'electron/handlers/bad.ts'], {
      cwd: root,
      input: "import { isAllowedUrl } from '../shell/security.js';\nexport const f = isAllowedUrl;\n",
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('local/code-import-patterns');
  });
});
