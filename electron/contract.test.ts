import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { COMMITTEE_LEVELS, type CommandResult, DOCUMENT_FORMATS, type SettingValue, commands } from './contract.js';

describe('contract: enums derive from db/model', () => {
  it('committee level and document format accept exactly the model lists', () => {
    const create = commands['committees.create'].input;
    for (const level of COMMITTEE_LEVELS) expect(create.safeParse({ name: 'BCĐ', level }).success).toBe(true);
    expect(create.safeParse({ name: 'BCĐ', level: 'thon' }).success).toBe(false);
    for (const documentFormat of DOCUMENT_FORMATS) {
      expect(create.safeParse({ name: 'BCĐ', level: 'tinh', documentFormat }).success).toBe(true);
    }
    expect(create.safeParse({ name: 'BCĐ', level: 'tinh', documentFormat: 'word' }).success).toBe(false);
  });

  it('settings.get answers the type of the key asked (checked by npm run typecheck)', () => {
    expectTypeOf<CommandResult<'settings.get', { key: 'ui.language' }>>().toEqualTypeOf<'vi' | 'en' | null>();
    expectTypeOf<SettingValue<'ui.language'>>().toEqualTypeOf<'vi' | 'en'>();
    expectTypeOf<CommandResult<'committees.list'>>().toEqualTypeOf<import('../db/model/index.js').Page<import('../db/model/index.js').Committee>>();
  });
});

describe('contract: imports', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const restricted = async (line: string) => {
    const [result] = await new ESLint({ cwd: root }).lintText(`${line}\nexport const y = x;\n`, {
      filePath: path.join(root, 'electron/contract.ts'),
    });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'local/code-import-patterns' || m.ruleId === 'no-restricted-imports');
  };

  it('may import db/model, and nothing else of db/', async () => {
    expect(await restricted("import { x } from '../db/model/index.js';")).toEqual([]);
    expect(await restricted("import { x } from '../db/connection.js';")).not.toEqual([]);
    expect(await restricted("import { x } from '../db/models.js';")).not.toEqual([]);
    expect(await restricted("import { x } from '../db';")).not.toEqual([]);
  });
});
