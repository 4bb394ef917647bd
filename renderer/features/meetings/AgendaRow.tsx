import { ActionIcon, Group, Table, Text } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconPencil, IconTrash } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../electron/contract';

interface Props {
  item: AgendaItem;
  /** 1-based place as shown (during a move, before the core answers). */
  order: number;
  count: number;
  editable: boolean;
  onMove: (item: AgendaItem, order: number) => void;
  onKey: (event: KeyboardEvent<HTMLTableRowElement>, item: AgendaItem, order: number) => void;
  onEdit: (item: AgendaItem) => void;
  onRemove: (item: AgendaItem) => void;
}

/** One agenda item: a drag handle (mouse, or Space and arrows), up/down buttons, edit, remove. */
export function AgendaRow({ item, order, count, editable, onMove, onKey, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const sortable = useSortable({ id: item.id, disabled: !editable });
  const title = item.title;
  return (
    <Table.Tr
      ref={sortable.setNodeRef}
      className="agenda-row"
      data-agenda-id={item.id}
      data-dragging={sortable.isDragging}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      onKeyDown={(e) => onKey(e, item, order)}
    >
      <Table.Td className="num" w={48}>
        {order}
      </Table.Td>
      <Table.Td w={36}>
        {editable && (
          <ActionIcon
            variant="subtle"
            color="gray"
            className="drag-handle"
            aria-label={t('meetings.agenda.drag', { title })}
            data-focus-key="handle"
            {...sortable.attributes}
            {...sortable.listeners}
          >
            <IconGripVertical size={16} />
          </ActionIcon>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {title}
        </Text>
        {item.notes && (
          <Text size="xs" c="dimmed">
            {item.notes}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{item.presenterName ?? t('common.none')}</Table.Td>
      <Table.Td className="num">{item.plannedMinutes ? t('meetings.agenda.minutes', { count: item.plannedMinutes }) : t('common.none')}</Table.Td>
      <Table.Td w={150}>
        {editable && (
          <Group gap={2} wrap="nowrap" justify="flex-end">
            <ActionIcon variant="subtle" color="gray" disabled={order === 1} onClick={() => onMove(item, order - 1)} aria-label={t('meetings.agenda.moveUp', { title })} data-focus-key="up">
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              disabled={order === count}
              onClick={() => onMove(item, order + 1)}
              aria-label={t('meetings.agenda.moveDown', { title })}
              data-focus-key="down"
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" onClick={() => onEdit(item)} aria-label={t('meetings.agenda.editItem', { title })} data-focus-key="edit">
              <IconPencil size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" onClick={() => onRemove(item)} aria-label={t('meetings.agenda.remove', { title })}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
