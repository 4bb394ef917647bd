import { Checkbox, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesFields, MinutesVersion } from '../../../electron/contract';
import { formatDate, formatTime } from '../../ui/format';
import { type DiffRow, type DiffSegment, diffDocs, wordDiff } from './version-diff';
import './version-compare.css';

const FIELDS: Array<keyof MinutesFields> = ['openedAt', 'closedAt', 'place', 'chair', 'secretary', 'attendees'];

/** A fixed part as text (times as "08:00, 13/01/2021"); empty when not filled in. */
function fieldText(f: MinutesFields, key: keyof MinutesFields): string {
  const v = f[key];
  if (!v) return '';
  return key === 'openedAt' || key === 'closedAt' ? `${formatTime(v)}, ${formatDate(v)}` : v;
}

/** A run of text: added underlined, removed struck through, each also named for a screen reader. */
function Segment({ s }: { s: DiffSegment }) {
  const { t } = useTranslation();
  if (s.change === 'same') return <>{s.text}</>;
  const Tag = s.change === 'added' ? 'ins' : 'del';
  return (
    <Tag className={s.change === 'added' ? 'diff-added' : 'diff-removed'}>
      <VisuallyHidden component="span">{t(s.change === 'added' ? 'meetingReview.compare.addedSr' : 'meetingReview.compare.removedSr')}</VisuallyHidden>
      {s.text}
      <VisuallyHidden component="span">{t('meetingReview.compare.endSr')}</VisuallyHidden>
    </Tag>
  );
}

function Side({ side, label }: { side: DiffRow['left']; label?: string }) {
  const { t } = useTranslation();
  return (
    <Table.Td className={side ? `diff-${side.kind}` : undefined}>
      {label && <span className="diff-field-label">{label}</span>}
      {side ? side.segments.map((s, i) => <Segment key={i} s={s} />) : <span className="diff-absent">{t('meetingReview.compare.absent')}</span>}
    </Table.Td>
  );
}

/**
 * Two versions of the minutes side by side, row by row: the fixed parts, then the body's
 * blocks, each changed block compared word by word (jsdiff).
 */
export function VersionCompare({
  left,
  right,
  leftName,
  rightName,
  onlyChanges,
  setOnlyChanges,
}: {
  left: MinutesVersion;
  right: MinutesVersion;
  leftName: string;
  rightName: string;
  /** Kept by the panel, so choosing other versions keeps it. */
  onlyChanges: boolean;
  setOnlyChanges: (v: boolean) => void;
}) {
  const { t } = useTranslation();
  const { fieldRows, bodyRows } = useMemo(() => {
    const fieldRows = FIELDS.map((key) => {
      const l = fieldText(left.fields, key);
      const r = fieldText(right.fields, key);
      const d = wordDiff(l, r);
      return { key, row: { left: { kind: 'paragraph' as const, segments: d.left }, right: { kind: 'paragraph' as const, segments: d.right }, changed: l !== r } };
    });
    return { fieldRows, bodyRows: diffDocs(left.body, right.body) };
  }, [left, right]);
  const changes = fieldRows.filter((f) => f.row.changed).length + bodyRows.filter((r) => r.changed).length;
  const shownFields = fieldRows.filter((f) => !onlyChanges || f.row.changed);
  const shownBody = bodyRows.filter((r) => !onlyChanges || r.changed);

  return (
    <div className="version-compare" role="region" aria-label={t('minutes.compare')}>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Text size="sm">{t('meetingReview.compare.legend')}</Text>
          <Text size="sm" component="span">
            <ins className="diff-added">{t('meetingReview.compare.added')}</ins>
          </Text>
          <Text size="sm" component="span">
            <del className="diff-removed">{t('meetingReview.compare.removed')}</del>
          </Text>
        </Group>
        <Group gap="md">
          <Text size="sm" fw={600} role="status">
            {changes === 0 ? t('meetingReview.compare.same') : t('meetingReview.compare.changes', { count: changes })}
          </Text>
          <Checkbox label={t('meetingReview.compare.onlyChanges')} checked={onlyChanges} onChange={(e) => setOnlyChanges(e.currentTarget.checked)} />
        </Group>
      </Group>
      <Table className="version-compare-table" withTableBorder withColumnBorders aria-label={t('minutes.compare')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              {leftName}
              {left.reason && <div className="diff-reason">{`${t('minutes.reason')}: ${left.reason}`}</div>}
            </Table.Th>
            <Table.Th scope="col">
              {rightName}
              {right.reason && <div className="diff-reason">{`${t('minutes.reason')}: ${right.reason}`}</div>}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shownFields.map(({ key, row }) => (
            <Table.Tr key={key} className={row.changed ? 'diff-changed' : undefined}>
              <Side side={row.left} label={t(`minutes.fields.${key}`)} />
              <Side side={row.right} label={t(`minutes.fields.${key}`)} />
            </Table.Tr>
          ))}
          {shownBody.map((row, i) => (
            <Table.Tr key={i} className={row.changed ? 'diff-changed' : undefined}>
              <Side side={row.left} />
              <Side side={row.right} />
            </Table.Tr>
          ))}
          {shownFields.length + shownBody.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={2}>{t('meetingReview.compare.noChanges')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
