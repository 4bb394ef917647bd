import { z } from 'zod';
import { cursor, id, limit } from './fields.js';

// The inputs of the attachments' commands, and the browser-mode file routes. The bytes never
// cross in a command: they stream on the upload and download routes (browser mode) or
// through the shell's dialogs (Electron). No Node, no DOM: the renderer bundles it.

/** POST the file's bytes as the body; query: name, and meetingId | agendaItemId | decisionId. */
export const UPLOAD_ROUTE = '/files/upload';
/** GET /files/download/<attachmentId>[?inline=1]. */
export const DOWNLOAD_ROUTE = '/files/download/';

export const linkTarget = z.union([z.object({ meetingId: id }).strict(), z.object({ agendaItemId: id }).strict()]);

export const attachmentLink = z.union([
  z.object({ attachmentId: id, meetingId: id }).strict(),
  z.object({ attachmentId: id, agendaItemId: id }).strict(),
]);

/** P1 (issue 8 review): the files nothing refers to any more, oldest first. */
export const orphanList = z.object({ limit, cursor }).strict();
