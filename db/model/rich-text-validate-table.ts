// A table's grid, as Word and the print view lay it out: each row's cells placed left to right
// in the columns not yet taken by a cell above spanning down (rowspan), each taking `colspan`
// columns. The validator refuses a table whose grid is too large, and the Word writer draws
// such a (forged) table without its spans, so no stored document can make either blow up.

export const RICH_TEXT_TABLE_LIMITS = { maxColumns: 100, maxCells: 10_000 } as const;

export interface TableSpan {
  colspan: number;
  rowspan: number;
}

export type TableGrid = { ok: true; rows: number; columns: number } | { ok: false; row: number; cell: number | null };

/** The grid of a table given each row's cell spans; refuses a row wider than maxColumns, a rowspan past the last row, more than maxCells grid cells. */
export function tableGrid(rows: ReadonlyArray<ReadonlyArray<TableSpan>>): TableGrid {
  const { maxColumns, maxCells } = RICH_TEXT_TABLE_LIMITS;
  if (rows.length > maxCells) return { ok: false, row: maxCells, cell: null };
  /** For each column, how many more rows a cell above still takes it. */
  const taken = new Array<number>(maxColumns).fill(0);
  let columns = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let col = 0;
    for (let i = 0; i < row.length; i++) {
      const { colspan, rowspan } = row[i]!;
      while (col < maxColumns && taken[col]! > 0) col++;
      if (col + colspan > maxColumns) return { ok: false, row: r, cell: i };
      if (rowspan > rows.length - r) return { ok: false, row: r, cell: i };
      for (let c = col; c < col + colspan; c++) taken[c] = Math.max(taken[c]!, rowspan);
      col += colspan;
      columns = Math.max(columns, col);
    }
    if ((r + 1) * columns > maxCells) return { ok: false, row: r, cell: null };
    for (let c = 0; c < maxColumns; c++) if (taken[c]! > 0) taken[c] = taken[c]! - 1;
  }
  return { ok: true, rows: rows.length, columns };
}

/** A cell's span as stored (1 unless a whole number above 1). */
export function spanOf(attrs: unknown, name: 'colspan' | 'rowspan'): number {
  const v = typeof attrs === 'object' && attrs !== null && Object.hasOwn(attrs, name) ? (attrs as Record<string, unknown>)[name] : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v > 1 ? v : 1;
}
