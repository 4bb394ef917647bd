import { Center, Loader, Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Fragment, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface RowMeasure {
  ref: (el: Element | null) => void;
  'data-index': number;
}

interface Props<T> {
  label: string;
  rows: T[];
  /** The header row: <Table.Tr> of <Table.Th>. */
  head: ReactNode;
  /** One <Table.Tr {...measure}> per row: `measure` lets the table learn the row's height. */
  row: (item: T, measure: RowMeasure) => ReactNode;
  rowKey: (item: T) => string | number;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  /** Estimated row height in px; rows are measured once drawn. */
  rowHeight?: number;
}

/**
 * A long table that draws only the rows in view (TanStack Virtual) and asks for the next
 * page when the last loaded row comes into view. Spacer rows above and below keep the
 * scroll bar true; they are hidden from assistive technology.
 */
export function VirtualTable<T>({ label, rows, head, row, rowKey, hasMore, loadingMore, loadMore, rowHeight = 34 }: Props<T>) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    getItemKey: (index) => rowKey(rows[index]!),
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - 1) loadMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, loadMore]);

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scroller} className="virtual-scroll">
      <Table withTableBorder highlightOnHover stickyHeader verticalSpacing={6} fz="sm" aria-label={label} aria-rowcount={hasMore ? -1 : rows.length + 1}>
        <Table.Thead>{head}</Table.Thead>
        <Table.Tbody>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map((v) => (
            <Fragment key={v.key}>{row(rows[v.index]!, { ref: virtualizer.measureElement, 'data-index': v.index })}</Fragment>
          ))}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </Table.Tbody>
      </Table>
      {loadingMore && (
        <Center py="xs">
          <Loader size="xs" aria-label={t('common.loadingMore')} />
        </Center>
      )}
    </div>
  );
}
