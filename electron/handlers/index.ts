import { commandNames } from '../contract.js';
import { archiveHandlers } from './archive.js';
import { attachmentHandlers } from './attachments.js';
import { clockHandlers } from './clock.js';
import { dashboardHandlers } from './dashboard.js';
import { documentHandlers } from './documents.js';
import { type Handlers, joinHandlers } from './define.js';
import { meetingHandlers } from './meetings.js';
import { membershipHandlers } from './memberships.js';
// M2 (issue 8): minutes
import { minutesHandlers } from './minutes.js';
import { peopleHandlers } from './people.js';
import { rosterHandlers } from './roster.js';
import { rosterImportHandlers } from './roster-import.js';
// C2 (issue 9): actions, the chase, reports
import { actionHandlers } from './actions.js';
// conclusions (C1, issue 9)
import { conclusionHandlers } from './conclusions.js';

/** Every command's handler, one group per domain; fails at startup if one is missing or doubled. */
export function allHandlers(): Handlers {
  return joinHandlers(commandNames, archiveHandlers, clockHandlers, dashboardHandlers, rosterHandlers, peopleHandlers, membershipHandlers, rosterImportHandlers, meetingHandlers, documentHandlers, attachmentHandlers, minutesHandlers, actionHandlers, conclusionHandlers);
}
