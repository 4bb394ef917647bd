import type { Migration } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-archive-trust.js';
import * as m0003 from './0003-membership-position.js';
import * as m0004 from './0004-name-keys.js';
import * as m0005 from './0005-action-done-counts.js';
import * as m0006 from './0006-roster.js';
// M1 (meetings)
import * as m0007 from './0007-meetings.js';
// M2 (issue 8): minutes
import * as m0008 from './0008-minutes.js';
// 0009 (attachments streamed, helper M3)
import * as m0009 from './0009-attachments.js';
// R-A (roster fixes)
import * as m0010 from './0010-person-names.js';
// F1 (committee names as of a date)
import * as m0011 from './0011-committee-names.js';
// P1 (issue 8 review: signed minutes frozen)
import * as m0012 from './0012-minutes-snapshots.js';
// C1 (issue 9): conclusion notices
import * as m0013 from './0013-conclusions.js';
// C2 (issue 9): actions
import * as m0014 from './0014-actions.js';
// FA (issue 8 cold review): signed minutes sealed, REPLACE refused
import * as m0015 from './0015-minutes-integrity.js';
// FB (issue 8 review: an issued invitation frozen)
import * as m0016 from './0016-invitation-snapshot.js';

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
  // M1 (meetings)
  '0007-meetings': m0007,
  // M2 (issue 8): minutes
  '0008-minutes': m0008,
  // 0009 (attachments streamed, helper M3)
  '0009-attachments': m0009,
  // R-A (roster fixes)
  '0010-person-names': m0010,
  // F1 (committee names as of a date)
  '0011-committee-names': m0011,
  // P1 (issue 8 review: signed minutes frozen)
  '0012-minutes-snapshots': m0012,
  // C1 (issue 9): conclusion notices
  '0013-conclusions': m0013,
  // C2 (issue 9): actions
  '0014-actions': m0014,
  // FA (issue 8 cold review): signed minutes sealed, REPLACE refused
  '0015-minutes-integrity': m0015,
  // FB (issue 8 review: an issued invitation frozen)
  '0016-invitation-snapshot': m0016,
};

export const SCHEMA_VERSION = Object.keys(migrations).length;
