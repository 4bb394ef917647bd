import type { SqliteDatabase } from '../../db/sqlite-driver.js';
import { Random } from './random.js';
import { type Row, TableWriter } from './table-writer.js';
import { TABLES, rows } from './rows.js';

export interface Size {
  committees: number;
  /** People in the archive; the first `activePeople` of them sit on committees. */
  people: number;
  activePeople: number;
  meetings: number;
  conclusionItems: number;
  actions: number;
  actionOwners: number;
  progressUpdates: number;
  /** Bytes of attachments (0: none). */
  attachmentBytes: number;
}

/** The 20-year province: 40 committees, 500 people, 3,000 meetings, 150,000 actions. */
export const FULL_SIZE: Size = {
  committees: 40,
  people: 500,
  activePeople: 500,
  meetings: 3000,
  conclusionItems: 30_000,
  actions: 150_000,
  actionOwners: 250_000,
  progressUpdates: 366_000,
  attachmentBytes: 0,
};

/** The same archive scaled down (tests): every table still filled, in proportion. */
export function scaledSize(factor: number): Size {
  const n = (v: number, min: number) => Math.max(min, Math.round(v * factor));
  return {
    committees: n(40, 4),
    people: n(500, 40),
    activePeople: n(500, 40),
    meetings: n(3000, 20),
    conclusionItems: n(30_000, 100),
    actions: n(150_000, 500),
    actionOwners: n(250_000, 830),
    progressUpdates: n(366_000, 1220),
    attachmentBytes: 0,
  };
}

export interface AuditEvent {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  detail: string | null;
}

export type Builder = keyof typeof rows;

export class GenContext {
  readonly writers = new Map<Builder, TableWriter>();
  readonly audit: AuditEvent[] = [];
  readonly samples = new Map<Builder, Row>();

  constructor(
    readonly sqlite: SqliteDatabase,
    readonly size: Size,
    readonly root: Random,
  ) {}

  rng(label: string): Random {
    return this.root.fork(label);
  }

  /** Writes one record through its row builder (rows.ts). */
  write<B extends Builder>(builder: B, record: Parameters<(typeof rows)[B]>[0]): void {
    let writer = this.writers.get(builder);
    if (!writer) {
      writer = new TableWriter(this.sqlite, TABLES[builder]);
      this.writers.set(builder, writer);
    }
    const row = (rows[builder] as (r: typeof record) => Row)(record);
    if (!this.samples.has(builder)) this.samples.set(builder, row);
    writer.insert(row);
  }

  /** One audit entry for a generated record; written in time order at the end. */
  log(at: string, actor: string, action: string, entity: string, entityId: number | null, detail: unknown): void {
    this.audit.push({ at, actor, action, entity, entityId, detail: detail === undefined ? null : JSON.stringify(detail) });
  }

  /** Attachment ids that progress updates may refer to (empty without --attachments-gb). */
  attachmentIds: number[] = [];
}
