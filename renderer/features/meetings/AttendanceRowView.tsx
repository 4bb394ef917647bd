import { Group, Radio, Table, Text, TextInput } from '@mantine/core';
import { type KeyboardEvent, type Ref, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceRow, type AttendanceStatus } from '../../../electron/contract';
import { isTypingTarget, statusForKey } from './attendance-keys';

/** What attendance.set takes for one row, without the row's person or guest. */
export interface AttendanceChange {
  status: AttendanceStatus | null;
  reason: string | null;
  representativeName: string | null;
  representativePosition: string | null;
}

interface Props {
  row: AttendanceRow;
  index: number;
  editable: boolean;
  save: (row: AttendanceRow, change: AttendanceChange) => void;
}

const isTextBox = (el: EventTarget) => el instanceof HTMLElement && isTypingTarget(el);

/** One line of the sheet: a state (keys C/V/T), a reason when absent, the representative when represented. */
export function AttendanceRowView({ row, index, editable, save }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(row.reason ?? '');
  const [repName, setRepName] = useState(row.representativeName ?? '');
  const [repPosition, setRepPosition] = useState(row.representativePosition ?? '');
  // The state as the clerk set it: shown at once, while the save is on its way ("represented"
  // with no name typed yet is shown and not saved). The archive's answer replaces it.
  const [status, setStatus] = useState(row.status);
  useEffect(() => setStatus(row.status), [row.status]);
  const waiting = status === 'represented' && row.status !== 'represented' && !repName.trim();
  const nameBox = useRef<HTMLInputElement>(null);
  const radios = useRef(new Map<AttendanceStatus, HTMLInputElement>());
  const name = row.fullName;

  const commit = (next: AttendanceStatus | null) => {
    setStatus(next);
    if (next === 'represented' && !repName.trim()) {
      requestAnimationFrame(() => nameBox.current?.focus());
      return;
    }
    const change: AttendanceChange = {
      status: next,
      reason: next === 'absent' ? reason.trim() || null : null,
      representativeName: next === 'represented' ? repName.trim() : null,
      representativePosition: next === 'represented' ? repPosition.trim() || null : null,
    };
    const same =
      change.status === row.status &&
      change.reason === row.reason &&
      change.representativeName === row.representativeName &&
      change.representativePosition === row.representativePosition;
    if (!same) save(row, change);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (!editable) return;
    if (event.key === 'Enter' && isTextBox(event.target)) {
      event.preventDefault();
      commit(status);
      return;
    }
    const next = statusForKey(event, isTextBox(event.target));
    if (next === null) return;
    event.preventDefault();
    commit(next);
    // The focus follows the state, as arrow keys do in a radio group: Tab then goes on to the
    // reason (or the representative), not to the checked radio of the same row.
    if (next !== 'represented' || repName.trim()) radios.current.get(next)?.focus();
  };
  const box = (label: string, value: string, set: (v: string) => void, ref?: Ref<HTMLInputElement>, error?: string) => (
    <TextInput
      ref={ref}
      size="xs"
      className="cell-input"
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={(e) => set(e.currentTarget.value)}
      onBlur={() => {
        // Leaving an empty representative's name saves nothing and keeps the focus free.
        if (status !== 'represented' || repName.trim()) commit(status);
      }}
      readOnly={!editable}
      error={error}
    />
  );

  return (
    <Table.Tr className="attendance-row" onKeyDown={onKeyDown} data-status={status ?? 'none'}>
      <Table.Td className="num">{index}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {[row.position, row.roleName ?? row.organisation].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td className="attendance-state">
        <Group gap="sm" wrap="nowrap" role="radiogroup" aria-label={t('meetings.attendance.stateOf', { name })}>
          {ATTENDANCE_STATUSES.map((s) => (
            <Radio
              key={s}
              ref={(el) => {
                if (el) radios.current.set(s, el);
                else radios.current.delete(s);
              }}
              size="xs"
              name={`attendance-${row.kind}-${row.personId ?? row.guestId}`}
              label={t(`meetings.attendance.${s}`)}
              checked={status === s}
              disabled={!editable}
              onChange={() => commit(s)}
            />
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        {status === 'absent' && box(t('meetings.attendance.reasonOf', { name }), reason, setReason)}
        {status === 'represented' && (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            {box(t('meetings.attendance.repNameOf', { name }), repName, setRepName, nameBox, waiting && !repName.trim() ? t('meetings.attendance.needName') : undefined)}
            {box(t('meetings.attendance.repPositionOf', { name }), repPosition, setRepPosition)}
          </Group>
        )}
        {status === null && (
          <Text size="xs" c="dimmed">
            {t('meetings.attendance.unrecorded')}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
