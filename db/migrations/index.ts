import type { Migration } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-archive-trust.js';
import * as m0003 from './0003-membership-position.js';
import * as m0004 from './0004-name-keys.js';
import * as m0005 from './0005-action-done-counts.js';
import * as m0006 from './0006-roster.js';
// M2 (issue 8): minutes
import * as m0008 from './0008-minutes.js';

/**
 * Every migration, in order, imported statically so that bundling cannot lose one.
 * The schema version of an archive is the number of migrations applied to it.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-archive-trust': m0002,
  '0003-membership-position': m0003,
  '0004-name-keys': m0004,
  '0005-action-done-counts': m0005,
  '0006-roster': m0006,
  // M2 (issue 8): minutes
  '0008-minutes': m0008,
};

export const SCHEMA_VERSION = Object.keys(migrations).length;
