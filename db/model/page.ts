// One page of a list, the shape every list command takes and returns. Pure: imports
// nothing, so the contract (and through it the renderer) may import it.

/** Rows per page when the caller does not say. */
export const PAGE_DEFAULT_LIMIT = 50;
/** The most rows one list command returns. */
export const PAGE_MAX_LIMIT = 200;
/** A roster is bounded too: no committee seats more people at once. */
export const ROSTER_MAX_MEMBERS = 500;

/** What a list command takes besides its filters and sort. */
export interface PageRequest {
  /** 1…PAGE_MAX_LIMIT, default PAGE_DEFAULT_LIMIT. */
  limit?: number;
  /** The `nextCursor` of the previous page (keyset lists). */
  cursor?: string;
  /** Rows to skip (offset lists: small tables only). */
  offset?: number;
}

export interface Page<T> {
  items: T[];
  /** Another page follows this one. */
  hasMore: boolean;
  /** Pass as `cursor` (keyset lists) to get the next page; null on the last page. */
  nextCursor: string | null;
  /** Every matching row, where counting them is cheap (offset lists). */
  total?: number;
}
