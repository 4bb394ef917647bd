import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the layering rule in eslint.config.js bites: each violating file fails lint,
// and the allowed import next to it passes.

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering rule', () => {
  it('lets the renderer import electron/contract', async () => {
    expect(await restricted('renderer/features/x/Ok.tsx', "import { commands } from '../../../electron/contract';\nexport const c = commands;\n")).toEqual([]);
  });

  it.each([
    ['db/', "import { openArchive } from '../../../db/connection';"],
    ['a handler', "import { allHandlers } from '../../../electron/handlers/index';"],
    ['Node', "import fs from 'node:fs';"],
    ['Node (bare)', "import fs from 'fs';"],
    ['Electron', "import { ipcRenderer } from 'electron';"],
    ['the database driver', "import Database from 'better-sqlite3';"],
  ])('refuses the renderer importing %s', async (_what, line) => {
    const messages = await restricted('renderer/features/x/Bad.tsx', `${line}\nexport const x = 1;\n`);
    expect(messages).not.toEqual([]);
  });

  it('refuses db/ importing anything of ours or Electron', async () => {
    expect(await restricted('db/bad.ts', "import { commands } from '../electron/contract.js';\nexport const c = commands;\n")).not.toEqual([]);
    expect(await restricted('db/bad.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
    expect(await restricted('db/ok.ts', "import { Kysely } from 'kysely';\nexport const k = Kysely;\n")).toEqual([]);
  });

  it("refuses 'electron' outside the shell, and allows it inside", async () => {
    expect(await restricted('electron/handlers/bad.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
    expect(await restricted('electron/shell/ok.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
  });

  it('keeps the contract free of Node and main-side code', async () => {
    expect(await restricted('electron/contract.ts', "import fs from 'node:fs';\nexport const f = fs;\n")).not.toEqual([]);
    expect(await restricted('electron/contract.ts', "import { x } from './handlers/index.js';\nexport const y = x;\n")).not.toEqual([]);
  });

  it('lets the contract share db/model/ shapes, and nothing else of db/', async () => {
    expect(await restricted('electron/contract.ts', "import type { Page } from '../db/model/page.js';\nexport type P = Page<1>;\n")).toEqual([]);
    expect(await restricted('electron/contract.ts', "import type { Db } from '../db/connection.js';\nexport type D = Db;\n")).not.toEqual([]);
    expect(await restricted('electron/contract.ts', "import { x } from '../db';\nexport const y = x;\n")).not.toEqual([]);
    expect(await restricted('electron/contract.ts', "import { x } from '../db/modelling.js';\nexport const y = x;\n")).not.toEqual([]);
  });

  it('makes the lint command fail on a violating file', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', 'renderer/features/x/Bad.tsx'],
      { cwd: root, input: "import { openArchive } from '../../../db/connection';\nexport const o = openArchive;\n", encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('no-restricted-imports');
  });
});
