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
  /** The rows held: a window of the list that starts at row `offset`. */
  rows: T[];
  offset?: number;
  columns: number;
  /** The header row: <Table.Tr> of <Table.Th>. */
  head: ReactNode;
  /** One <Table.Tr {...measure}> per row: `measure` lets the table learn the row's height. */
  row: (item: T, measure: RowMeasure) => ReactNode;
  rowKey: (item: T) => string | number;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  /** Rows before `offset` were dropped to keep memory small: fetch them again. */
  hasPrevious?: boolean;
  loadingPrevious?: boolean;
  loadPrevious?: () => void;
  /** Estimated row height in px; rows are measured once drawn. */
  rowHeight?: number;
}

/**
 * A long table that draws only the rows in view (TanStack Virtual) and asks for the next
 * page when the last loaded row comes into view. Spacer rows above and below keep the
 * scroll bar true; they are hidden from assistive technology.
 */
export function VirtualTable<T>(props: Props<T>) {
  const { label, rows, offset = 0, columns, head, row, rowKey, hasMore, loadingMore, loadMore, rowHeight = 34 } = props;
  const { hasPrevious = false, loadingPrevious = false, loadPrevious } = props;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const held = (index: number): T | undefined => rows[index - offset];
  const virtualizer = useVirtualizer({
    count: offset + rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    getItemKey: (index) => {
      const item = held(index);
      return item === undefined ? `dropped-${index}` : rowKey(item);
    },
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? -1;
  const end = offset + rows.length;
  useEffect(() => {
    if (hasMore && !loadingMore && !loadingPrevious && lastIndex >= end - 1) loadMore();
    else if (hasPrevious && !loadingPrevious && !loadingMore && firstIndex < offset) loadPrevious?.();
  }, [hasMore, loadingMore, lastIndex, end, loadMore, hasPrevious, loadingPrevious, firstIndex, offset, loadPrevious]);

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scroller} className="virtual-scroll">
      <Table withTableBorder highlightOnHover stickyHeader verticalSpacing={6} fz="sm" aria-label={label} aria-rowcount={hasMore ? -1 : end + 1}>
        <Table.Thead>{head}</Table.Thead>
        <Table.Tbody>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map((v) => {
            const item = held(v.index);
            const measure = { ref: virtualizer.measureElement, 'data-index': v.index };
            return item === undefined ? (
              <Table.Tr key={v.key} {...measure} aria-busy="true">
                <Table.Td colSpan={columns} c="dimmed">
                  {t('common.loading')}
                </Table.Td>
              </Table.Tr>
            ) : (
              <Fragment key={v.key}>{row(item, measure)}</Fragment>
            );
          })}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </Table.Tbody>
      </Table>
      {(loadingMore || loadingPrevious) && (
        <Center py="xs">
          <Loader size="xs" aria-label={t('common.loadingMore')} />
        </Center>
      )}
    </div>
  );
}
