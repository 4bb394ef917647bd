import { fold } from '../../db/text/fold.js';
import { vietnameseSortKey } from '../../db/text/sort-key.js';
import { DEFAULT_TIME_ZONE } from '../../db/model/time-zone.js';
import type { Row } from './table-writer.js';

// The one place where generated records become column values, table by table. A column a
// later migration adds is filled here (when the generator can know it) or by a back-fill
// hook in after-generate.ts. Keys the schema does not have yet are dropped by TableWriter.

export interface Stamp {
  at: string;
}

export const rows = {
  committees: (c: {
    id: number; name: string; shortName: string; level: string; parentBody: string; parentId: number | null;
    placeName: string; format: string; symbol: string; issuingBody: string; documentSymbol: string; at: string;
  }): Row => ({
    id: c.id, name: c.name, short_name: c.shortName, level: c.level, parent_body: c.parentBody,
    parent_committee_id: c.parentId, place_name: c.placeName, document_format: c.format,
    conclusion_symbol: c.symbol, created_at: c.at, updated_at: c.at,
    // Migration 0006 (roster): the document settings, as committees.update stores them
    // (issuing body in capitals); every generated committee sits in the default zone.
    issuing_body: c.issuingBody.toLocaleUpperCase('vi'), symbol: c.documentSymbol, time_zone: DEFAULT_TIME_ZONE,
    // Migration 0007 (meetings): no term set; the generated GM numbers run per calendar year.
    term_started_on: null,
  }),
  people: (p: { id: number; fullName: string; position: string; organisation: string; phone: string | null; email: string | null; at: string }): Row => ({
    id: p.id, full_name: p.fullName, position: p.position, organisation: p.organisation, phone: p.phone,
    email: p.email, notes: null, created_at: p.at, updated_at: p.at,
    // Migration 0004 (name keys): the app's own functions, as refreshPersonKeys (db/people-keys.ts) writes them.
    name_folded: fold(p.fullName), organisation_folded: fold(p.organisation), sort_key: vietnameseSortKey(p.fullName),
  }),
  peopleWords: (w: { word: string; personId: number }): Row => ({ word: w.word, person_id: w.personId }),
  decisions: (d: {
    id: number; committeeId: number; kind: string; number: string; signedOn: string; signer: string; summary: string;
    issuingBody: string; signerTitle: string; attachmentId: number | null; at: string;
  }): Row => ({
    id: d.id, committee_id: d.committeeId, kind: d.kind, number: d.number, signed_on: d.signedOn,
    signer: d.signer, summary: d.summary, created_at: d.at,
    // Migration 0006 (roster): who issued it, the signer's title, the scanned file (if any).
    issuing_body: d.issuingBody, signer_title: d.signerTitle, attachment_id: d.attachmentId,
  }),
  memberships: (m: {
    id: number; personId: number; committeeId: number; role: string; duty: string | null; from: string; to: string | null;
    decisionId: number; endDecisionId: number | null; position: string; at: string;
  }): Row => ({
    id: m.id, person_id: m.personId, committee_id: m.committeeId, role: m.role, duty: m.duty,
    from_date: m.from, to_date: m.to, decision_id: m.decisionId, end_decision_id: m.endDecisionId,
    // Migration 0003 (membership position): the title written in the decision.
    position: m.position,
    created_at: m.at,
  }),
  meetings: (m: {
    id: number; committeeId: number; kind: string; title: string; startsAt: string; endsAt: string; place: string;
    chairId: number | null; secretaryId: number | null; status: string; at: string;
    invitationId: number | null; invitedOn: string | null;
  }): Row => ({
    id: m.id, committee_id: m.committeeId, kind: m.kind, title: m.title, starts_at: m.startsAt, ends_at: m.endsAt,
    place: m.place, chair_person_id: m.chairId, secretary_person_id: m.secretaryId, status: m.status, cancel_reason: null, notes: null,
    invitation_number_id: m.invitationId, invited_on: m.invitedOn, created_at: m.at, updated_at: m.at,
  }),
  documentNumbers: (n: { id: number; committeeId: number; type: string; period: string; number: number; issuedOn: string; at: string }): Row => ({
    id: n.id, committee_id: n.committeeId, type: n.type, period: n.period, number: n.number, status: 'issued',
    issued_on: n.issuedOn, note: null, created_at: n.at, updated_at: n.at,
  }),
  agendaItems: (a: { id: number; meetingId: number; position: number; title: string; presenterId: number | null; minutes: number }): Row => ({
    id: a.id, meeting_id: a.meetingId, position: a.position, title: a.title, presenter_person_id: a.presenterId, notes: null,
    presenter_name: null, planned_minutes: a.minutes,
  }),
  meetingGuests: (g: { id: number; meetingId: number; order: number; fullName: string; position: string | null; at: string }): Row => ({
    id: g.id, meeting_id: g.meetingId, sort_order: g.order, full_name: g.fullName, position: g.position, organisation: null, created_at: g.at,
  }),
  attendance: (a: {
    id: number; meetingId: number; personId: number | null; guestId: number | null;
    status: string; reason: string | null; representative: string | null; at: string;
  }): Row => ({
    id: a.id, meeting_id: a.meetingId, person_id: a.personId, guest_id: a.guestId,
    status: a.status, reason: a.reason, representative_name: a.representative, representative_position: null, updated_at: a.at,
  }),
  minutes: (m: { id: number; meetingId: number; status: string; fields: string; body: string; finalizedAt: string | null; at: string }): Row => ({
    id: m.id, meeting_id: m.meetingId, status: m.status, fields_json: m.fields, body_json: m.body,
    finalized_at: m.finalizedAt, created_at: m.at, updated_at: m.finalizedAt ?? m.at,
  }),
  minutesVersions: (v: { id: number; minutesId: number; version: number; kind: string; fields: string; body: string; reason: string | null; actor: string; at: string }): Row => ({
    id: v.id, minutes_id: v.minutesId, version: v.version, kind: v.kind, fields_json: v.fields, body_json: v.body,
    reason: v.reason, made_on: v.at.slice(0, 10), actor: v.actor, created_at: v.at,
  }),
  conclusions: (c: {
    id: number; committeeId: number; meetingId: number; numberId: number | null; issuedOn: string; signingForm: string; title: string;
    signerId: number | null; signerTitle: string; preamble: string; recipients: string; status: string; at: string;
  }): Row => ({
    id: c.id, committee_id: c.committeeId, meeting_id: c.meetingId, document_number_id: c.numberId, issued_on: c.issuedOn,
    title: c.title, signer_person_id: c.signerId, signing_form: c.signingForm, signer_title: c.signerTitle, preamble: c.preamble,
    recipients_json: c.recipients, status: c.status, cancel_reason: null, created_at: c.at, updated_at: c.at,
  }),
  conclusionItems: (i: { id: number; conclusionId: number; position: number; text: string; subPoints: string }): Row => ({
    id: i.id, conclusion_id: i.conclusionId, position: i.position, text: i.text, sub_points_json: i.subPoints,
  }),
  actions: (a: {
    id: number; committeeId: number; itemId: number | null; title: string; description: string | null;
    deadline: string | null; completedOn: string | null; onHold: boolean; holdReason: string | null; at: string; updatedAt: string;
    assignedOn: string; evidenceText: string | null; evidenceAttachmentId: number | null;
  }): Row => ({
    id: a.id, committee_id: a.committeeId, conclusion_item_id: a.itemId, title: a.title, description: a.description,
    deadline: a.deadline, completed_on: a.completedOn, on_hold: a.onHold ? 1 : 0, hold_reason: a.holdReason,
    created_at: a.at, updated_at: a.updatedAt,
    // C2 (0014)
    assigned_on: a.assignedOn, evidence_text: a.evidenceText, evidence_attachment_id: a.evidenceAttachmentId,
  }),
  actionOwners: (o: { id: number; actionId: number; personId: number | null; unit: string | null; lead: boolean }): Row => ({
    id: o.id, action_id: o.actionId, person_id: o.personId, unit_name: o.unit, is_lead: o.lead ? 1 : 0,
  }),
  attachments: (a: { id: number; fileName: string; mime: string; size: number; sha256: string; at: string }): Row => ({
    id: a.id, file_name: a.fileName, mime_type: a.mime, size: a.size, sha256: a.sha256, created_at: a.at, original_name: a.fileName, declared_mime: a.mime,
  }),
  // Migration 0009: a file's bytes in chunks of at most 1 MiB.
  attachmentChunks: (c: { attachmentId: number; seq: number; data: Buffer }): Row => ({ attachment_id: c.attachmentId, seq: c.seq, data: c.data }),
  meetingAttachments: (l: { meetingId: number; attachmentId: number; at: string }): Row => ({ meeting_id: l.meetingId, attachment_id: l.attachmentId, created_at: l.at }),
  agendaItemAttachments: (l: { agendaItemId: number; attachmentId: number; at: string }): Row => ({ agenda_item_id: l.agendaItemId, attachment_id: l.attachmentId, created_at: l.at }),
  // Migration 0016: a decision's scan replaced by a newer one, kept.
  decisionPreviousScans: (l: { decisionId: number; attachmentId: number; at: string }): Row => ({ decision_id: l.decisionId, attachment_id: l.attachmentId, replaced_at: l.at }),
  progressUpdates: (p: { id: number; actionId: number; reportedOn: string; text: string; attachmentId: number | null; at: string }): Row => ({
    id: p.id, action_id: p.actionId, reported_on: p.reportedOn, text: p.text, attachment_id: p.attachmentId, created_at: p.at,
  }),
  auditLog: (e: {
    id: number; at: string; actor: string; action: string; entity: string; entityId: number | null; detail: string | null;
    prevHash: string; hash: string;
  }): Row => ({
    id: e.id, at: e.at, actor: e.actor, action: e.action, entity: e.entity, entity_id: e.entityId, detail_json: e.detail,
    // Migration 0002 (audit hash chain): chained in id order, as db/audit.ts writes them.
    prev_hash: e.prevHash, hash: e.hash,
  }),
  // Migration 0011: what a committee was called before a date.
  committeeNames: (n: { id: number; committeeId: number; name: string; issuingBody: string; parentBody: string; untilDate: string; at: string }): Row => ({
    id: n.id, committee_id: n.committeeId, name: n.name, issuing_body: n.issuingBody, parent_body: n.parentBody, until_date: n.untilDate, created_at: n.at,
  }),
  // Migration 0010: a name a person bore before a date (a typo corrected, a name changed).
  personNames: (n: { id: number; personId: number; fullName: string; untilDate: string; at: string }): Row => ({
    id: n.id, person_id: n.personId, full_name: n.fullName, until_date: n.untilDate, created_at: n.at,
  }),
  settings: (s: { key: string; value: string; at: string }): Row => ({ key: s.key, value: s.value, updated_at: s.at }),
} as const;

/** Which table each builder writes. */
export const TABLES: Record<keyof typeof rows, string> = {
  committees: 'committees',
  committeeNames: 'committee_names',
  people: 'people',
  peopleWords: 'people_words',
  personNames: 'person_names',
  decisions: 'decisions',
  memberships: 'memberships',
  documentNumbers: 'document_numbers',
  meetings: 'meetings',
  agendaItems: 'agenda_items',
  meetingGuests: 'meeting_guests',
  attendance: 'attendance',
  minutes: 'minutes',
  minutesVersions: 'minutes_versions',
  conclusions: 'conclusions',
  conclusionItems: 'conclusion_items',
  actions: 'actions',
  actionOwners: 'action_owners',
  attachments: 'attachments',
  attachmentChunks: 'attachment_chunks',
  meetingAttachments: 'meeting_attachments',
  agendaItemAttachments: 'agenda_item_attachments',
  decisionPreviousScans: 'decision_previous_scans',
  progressUpdates: 'progress_updates',
  auditLog: 'audit_log',
  settings: 'settings',
};
