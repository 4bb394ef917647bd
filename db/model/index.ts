// The model: plain types, `as const` value lists and pure functions on them. Imports
// nothing outside this folder (db/model/purity.test.ts), so the renderer may bundle it.
export * from './values.js';
export type * from './entities.js';
export * from './dates.js';
export * from './text.js';
export { sameCommitteeName } from './fold.js';
export * from './time-zone.js';
export * from './page.js';
export * from './roster-import.js';
export * from './roster-import-messages.js';
export * from './document-layout.js';
export * from './roster-document.js';
export type * from './roster.js';
export * from './rich-text.js';
export * from './meetings.js';
export * from './document-numbers.js';
export * from './attachments.js';
export * from './rich-text-validate.js';
export * from './rich-text-html.js';
export * from './minutes.js';
// P1 (issue 8 review): what a signed version froze
export * from './minutes-snapshot.js';
export * from './invitation-snapshot.js';
// --- meeting documents (M4b) ---
export * from './meeting-document.js';
// --- actions, the chase, reports (C2, issue 9) ---
export * from './actions.js';
// --- conclusions (C1, issue 9) ---
export * from './conclusions.js';
export * from './conclusion-document.js';
export * from './conclusion-starting-text.js';
