import { ActionIcon, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type DirectiveDraft, addSubPoint, moveDirective, removeDirective, removeSubPoint, setDirectiveText, setSubPoint } from './directive-list';

interface Props {
  items: DirectiveDraft[];
  onChange: (next: DirectiveDraft[]) => void;
}

/** Focus goes to the item's text box after a move or an addition (found by its place). */
function focusItem(index: number) {
  requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>(`[data-directive="${index}"]`)?.focus());
}

/**
 * The numbered directives with their sub-points: add, edit, reorder (buttons, or Alt+↑/↓ in the
 * item's text), remove. The numbers are the order: the print and the Word file number the same.
 */
export function DirectivesEditor({ items, onChange }: Props) {
  const { t } = useTranslation();
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    onChange(moveDirective(items, from, to));
    focusItem(to);
  };
  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  };
  return (
    <Stack gap="sm">
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('conclusions.fields.noDirectives')}
        </Text>
      )}
      {items.map((item, i) => {
        const n = i + 1;
        return (
          <div key={item.key} className="directive">
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <Text fw={600} className="directive-number" pt={6}>
                {n}.
              </Text>
              <Textarea
                aria-label={t('conclusions.fields.directive', { n })}
                data-directive={i}
                value={item.text}
                onChange={(e) => onChange(setDirectiveText(items, i, e.currentTarget.value))}
                onKeyDown={(e) => onKey(e, i)}
                autosize
                minRows={1}
                maxRows={8}
                flex={1}
              />
              <Group gap={2} wrap="nowrap">
                <ActionIcon variant="subtle" color="gray" aria-label={t('conclusions.edit.moveUp', { n })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                  <IconArrowUp size={16} />
                </ActionIcon>
                <ActionIcon variant="subtle" color="gray" aria-label={t('conclusions.edit.moveDown', { n })} disabled={i === items.length - 1} onClick={() => move(i, i + 1)}>
                  <IconArrowDown size={16} />
                </ActionIcon>
                <ActionIcon variant="subtle" color="red" aria-label={t('conclusions.edit.remove', { n })} onClick={() => onChange(removeDirective(items, i))}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
            <Stack gap={4} mt={4} className="sub-point">
              {item.subPoints.map((point, j) => (
                <Group key={j} gap="xs" wrap="nowrap">
                  <Text size="sm">-</Text>
                  <TextInput
                    aria-label={t('conclusions.fields.subPoint', { n: j + 1, item: n })}
                    value={point}
                    onChange={(e) => onChange(setSubPoint(items, i, j, e.currentTarget.value))}
                    size="xs"
                    flex={1}
                  />
                  <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('conclusions.edit.removeSub', { n: j + 1, item: n })} onClick={() => onChange(removeSubPoint(items, i, j))}>
                    <IconX size={14} />
                  </ActionIcon>
                </Group>
              ))}
              <Button variant="subtle" size="compact-xs" leftSection={<IconPlus size={12} />} onClick={() => onChange(addSubPoint(items, i))} w="fit-content">
                {t('conclusions.edit.addSubPoint')}
              </Button>
            </Stack>
          </div>
        );
      })}
    </Stack>
  );
}
