import { verifyArchive } from '../../db/integrity-minutes.js';
import { SCHEMA_VERSION } from '../../db/migrations/index.js';
import { getSetting, setSetting } from '../../db/settings.js';
import { settingSchemas } from '../contract.js';
import { defineHandlers } from './define.js';

export const archiveHandlers = defineHandlers({
  'archive.status': async (_input, ctx) => ({
    file: ctx.archive.file,
    schemaVersion: SCHEMA_VERSION,
    integrity: ctx.archive.integrity(),
    readOnly: ctx.archive.readOnly,
    host: ctx.host,
  }),
  // The audit chain, then the signed minutes against their seals (db/integrity-minutes.ts).
  'archive.verifyAudit': (_input, ctx) => verifyArchive(ctx.archive.db),
  'settings.get': async (input, ctx) => {
    // The stored value is read back through the key's own schema: its type, or null.
    const parsed = settingSchemas[input.key].safeParse(await getSetting(ctx.archive.db, input.key));
    return parsed.success ? parsed.data : null;
  },
  'settings.set': async (input, ctx) => {
    await setSetting(ctx.archive.db, input.key, input.value, ctx.actor);
    return null;
  },
});
