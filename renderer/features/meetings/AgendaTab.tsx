import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { IconPlus } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingDetail } from '../../../electron/contract';
import { useCommandMutation } from '../../api/hooks';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaRow } from './AgendaRow';
import { ConfirmRemove } from './ConfirmRemove';
import { MeetingError } from './MeetingError';
import { keyboardTarget, moveTo } from './agenda-move';
// C3 (issue 9): carry the open actions forward
import { CarryForwardButton } from '../actions/CarryForwardButton';

/** Chương trình: the ordered agenda; reorder by dragging, with Alt+↑/↓, or with the arrow buttons. */
export function AgendaTab({ meeting, editable }: { meeting: MeetingDetail; editable: boolean }) {
  const { t } = useTranslation();
  const move = useCommandMutation('agenda.move');
  const remove = useCommandMutation('agenda.remove');
  // While moves are on their way, the order shown is the one the clerk made.
  const [shown, setShown] = useState<AgendaItem[] | null>(null);
  const pending = useRef(0);
  const items = shown ?? meeting.agenda;
  const [announce, setAnnounce] = useState('');
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  // After a move, the focus goes back to the same control of the moved row.
  const refocus = useRef<{ id: number; key: string } | null>(null);
  useEffect(() => {
    const want = refocus.current;
    if (!want) return;
    const row = document.querySelector(`[data-agenda-id="${want.id}"]`);
    const target = row?.querySelector<HTMLElement>(`[data-focus-key="${want.key}"]:not(:disabled)`) ?? row?.querySelector<HTMLElement>('[data-focus-key="handle"]');
    if (target && document.activeElement !== target) target.focus();
    refocus.current = null;
  });
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const moveItem = (item: AgendaItem, order: number, focusKey?: string) => {
    const current = items.findIndex((i) => i.id === item.id) + 1;
    if (order < 1 || order > items.length || order === current) return;
    if (focusKey) refocus.current = { id: item.id, key: focusKey };
    setShown(moveTo(items, item.id, order));
    setAnnounce(t('meetings.agenda.moved', { title: item.title, order, count: items.length }));
    pending.current += 1;
    move.mutateAsync({ id: item.id, order }).then(
      () => {
        pending.current -= 1;
        if (pending.current === 0) setShown(null);
      },
      () => {
        pending.current -= 1;
        setShown(null);
      },
    );
  };
  const onKey = (event: KeyboardEvent<HTMLTableRowElement>, item: AgendaItem, order: number) => {
    if (!editable || !event.altKey) return;
    const to = keyboardTarget(order, event.key, items.length);
    if (to === null) return;
    event.preventDefault();
    const key = (event.target as HTMLElement).closest<HTMLElement>('[data-focus-key]')?.dataset.focusKey ?? 'handle';
    moveItem(item, to, key);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const item = items.find((i) => i.id === active.id);
    const to = items.findIndex((i) => i.id === over.id) + 1;
    if (item && to > 0) moveItem(item, to, 'handle');
  };
  const title = (id: unknown) => items.find((i) => i.id === id)?.title ?? '';
  const place = (id: unknown) => items.findIndex((i) => i.id === id) + 1;
  const total = items.reduce((sum, i) => sum + (i.plannedMinutes ?? 0), 0);

  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {editable && items.length > 1 ? t('meetings.agenda.keyboardHint') : ''}
        </Text>
        {editable && (
          <Group gap="xs">
            <CarryForwardButton meetingId={meeting.id} />
            <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('meetings.agenda.add')}
            </Button>
          </Group>
        )}
      </Group>
      {move.error != null && <MeetingError error={move.error} />}
      {items.length === 0 ? (
        <Text c="dimmed" py="md">
          {t('meetings.agenda.empty')}
        </Text>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            screenReaderInstructions: { draggable: t('meetings.agenda.keyboardHint') },
            announcements: {
              onDragStart: ({ active }) => t('meetings.agenda.dragStart', { title: title(active.id) }),
              onDragOver: ({ over }) => (over ? t('meetings.agenda.dragOver', { order: place(over.id) }) : ''),
              onDragEnd: ({ active, over }) => t('meetings.agenda.dragEnd', { title: title(active.id), order: over ? place(over.id) : place(active.id) }),
              onDragCancel: ({ active }) => t('meetings.agenda.dragCancel', { title: title(active.id) }),
            },
          }}
        >
          <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
            <Table withTableBorder verticalSpacing={6} fz="sm" aria-label={t('meetings.agenda.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th className="num">{t('meetings.agenda.order')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('meetings.agenda.drag', { title: '' })}</VisuallyHidden>
                  </Table.Th>
                  <Table.Th>{t('meetings.agenda.itemTitle')}</Table.Th>
                  <Table.Th>{t('meetings.agenda.presenter')}</Table.Th>
                  <Table.Th className="num">{t('meetings.agenda.duration')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.edit')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item, i) => (
                  <AgendaRow
                    key={item.id}
                    item={item}
                    order={i + 1}
                    count={items.length}
                    editable={editable}
                    onMove={(it, to) => moveItem(it, to, to < i + 1 ? 'up' : 'down')}
                    onKey={onKey}
                    onEdit={setEditing}
                    onRemove={(it) => (remove.reset(), setRemoving(it))}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </SortableContext>
        </DndContext>
      )}
      {total > 0 && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('meetings.agenda.total', { count: total })}
        </Text>
      )}
      <VisuallyHidden role="status" aria-live="polite">
        {announce}
      </VisuallyHidden>
      {editing && <AgendaItemForm meeting={meeting} item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmRemove
          title={t('meetings.agenda.removeTitle')}
          question={t('meetings.agenda.removeAsk', { title: removing.title })}
          pending={remove.isPending}
          error={remove.error}
          onClose={() => setRemoving(null)}
          onConfirm={() => remove.mutateAsync({ id: removing.id }).then(() => setRemoving(null), () => undefined)}
        />
      )}
    </>
  );
}
