import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The one guard of a filled form (FormModal and the reconstitution screen): `request()` closes
 * at once when nothing changed, otherwise shows `prompt` — keep editing (focused) or discard.
 */
export function useDiscardPrompt(dirty: boolean, discard: () => void, keep: () => void = () => {}) {
  const [asking, setAsking] = useState(false);
  const request = () => {
    if (dirty) setAsking(true);
    else discard();
  };
  const prompt = asking ? (
    <DiscardPrompt
      onKeep={() => {
        setAsking(false);
        keep();
      }}
      onDiscard={() => {
        setAsking(false);
        discard();
      }}
    />
  ) : null;
  return { asking, request, ask: () => setAsking(true), keep: () => setAsking(false), prompt };
}

function DiscardPrompt({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <Alert
      color="yellow"
      variant="light"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      title={<span id={`${id}-title`}>{t('rosterFixes.discardTitle')}</span>}
    >
      <Text size="sm" id={`${id}-text`}>
        {t('rosterFixes.discardText')}
      </Text>
      <Group mt="xs" gap="xs">
        <Button ref={keep} size="xs" variant="default" onClick={onKeep}>
          {t('rosterFixes.keepEditing')}
        </Button>
        <Button size="xs" color="red" variant="light" onClick={onDiscard}>
          {t('rosterFixes.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
