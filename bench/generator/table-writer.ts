import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../../db/sqlite-driver.js';

export type Row = Record<string, string | number | bigint | Buffer | null>;

interface ColumnInfo {
  name: string;
  notnull: number;
  dflt_value: unknown;
  pk: number;
}

/**
 * Inserts generated rows into whatever columns the current schema has. The statement is
 * built from the first row's keys that exist in the table; keys the schema does not have
 * (yet) are dropped and reported, and so are columns the generator leaves to their default
 * — so a later migration shows up in the generator's summary instead of breaking it.
 */
export class TableWriter {
  private statement: Statement | undefined;
  private keys: string[] = [];
  readonly columns: ColumnInfo[];
  count = 0;

  constructor(
    private readonly sqlite: SqliteDatabase,
    readonly table: string,
  ) {
    this.columns = sqlite.prepare(`select * from pragma_table_info(?)`).all(table) as ColumnInfo[];
    if (this.columns.length === 0) throw new Error(`the schema has no table ${table}`);
  }

  insert(row: Row): void {
    if (!this.statement) {
      const names = new Set(this.columns.map((c) => c.name));
      this.keys = Object.keys(row).filter((k) => names.has(k));
      const list = this.keys.map((k) => `"${k}"`).join(', ');
      const params = this.keys.map((k) => `@${k}`).join(', ');
      this.statement = this.sqlite.prepare(`insert into "${this.table}" (${list}) values (${params})`);
    }
    const values: Row = {};
    for (const k of this.keys) values[k] = row[k] ?? null;
    this.statement.run(values);
    this.count += 1;
  }

  /** Keys the generator supplies that the schema does not have. */
  dropped(sample: Row): string[] {
    const names = new Set(this.columns.map((c) => c.name));
    return Object.keys(sample).filter((k) => !names.has(k));
  }

  /** Columns of the schema the generator does not fill (left to their default or null). */
  unfilled(): string[] {
    const filled = new Set(this.keys);
    return this.columns.filter((c) => !filled.has(c.name)).map((c) => c.name);
  }
}
