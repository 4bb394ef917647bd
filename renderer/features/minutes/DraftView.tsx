import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes, MinutesFields, RichTextDoc } from '../../../electron/contract';
import { CommandFailure, useCommandMutation } from '../../api/hooks';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { type DraftBackup, clearBackup, differs, readBackup } from './draft-backup';
import { MinutesEditor } from './MinutesEditor';
import { MinutesFieldsForm } from './MinutesFieldsForm';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './use-autosave';

/**
 * The draft: fields, body, autosave, the unsaved draft offered back, and finalize. A save
 * refused as stale (saved meanwhile elsewhere) is said at the top, with `onLoadLatest`: read the
 * archive's latest and put the clerk's typed text (the local copy) back on it (`keepTyped`).
 */
export function DraftView({ minutes, keepTyped = false, onLoadLatest }: { minutes: Minutes; keepTyped?: boolean; onLoadLatest: () => void }) {
  const { t } = useTranslation();
  const { meetingId } = minutes;
  const autosave = useAutosave(meetingId, minutes.revision, minutes.savedTime);
  const [offer, setOffer] = useState<DraftBackup | null>(() => {
    const backup = readBackup(meetingId);
    if (backup && !differs(backup, minutes.fields, minutes.body)) clearBackup(meetingId);
    return backup && differs(backup, minutes.fields, minutes.body) ? backup : null;
  });
  const [start, setStart] = useState({ key: 0, fields: minutes.fields, body: minutes.body });
  const current = useRef<{ fields: MinutesFields; body: RichTextDoc }>({ fields: minutes.fields, body: minutes.body });
  const [fields, setFields] = useState(minutes.fields);
  const [confirming, setConfirming] = useState(false);
  // Boxes showing text that is not a value (a time 25:00): that text is not saved.
  const [invalid, setInvalid] = useState<string[]>([]);
  const validity = (label: string, ok: boolean) => setInvalid((list) => (ok ? list.filter((l) => l !== label) : list.includes(label) ? list : [...list, label]));
  const finalize = useCommandMutation('minutes.finalize');

  const update = (patch: Partial<{ fields: MinutesFields; body: RichTextDoc }>) => {
    current.current = { ...current.current, ...patch };
    if (patch.fields) setFields(patch.fields);
    autosave.change(current.current);
  };
  const restore = (backup: DraftBackup) => {
    setOffer(null);
    setInvalid([]);
    setStart((s) => ({ key: s.key + 1, fields: backup.fields, body: backup.body }));
    update({ fields: backup.fields, body: backup.body });
  };
  // Opened by "Tải bản mới nhất": the typed text goes back on top of the latest, and is saved.
  useEffect(() => {
    if (keepTyped && offer) restore(offer);
    // Once, on opening: `offer` and `restore` are this first render's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const stale = autosave.state.status === 'failed' && autosave.state.error instanceof CommandFailure && autosave.state.error.error.code === 'MINUTES_STALE';
  const doFinalize = async () => {
    if (autosave.revision() === 0) autosave.change(current.current);
    await autosave.flush();
    finalize.mutate({ meetingId, expectedRevision: autosave.revision() }, { onSuccess: () => setConfirming(false) });
  };

  return (
    <>
      {stale && (
        <Alert color="red" title={t('minutesStale.title')} mb="md" role="alert">
          <Text size="sm">{t('minutesStale.text')}</Text>
          <Button size="xs" mt="xs" onClick={onLoadLatest}>
            {t('minutesStale.loadLatest')}
          </Button>
        </Alert>
      )}
      {offer && !keepTyped && (
        <Alert color="yellow" title={t('minutes.backup.title')} mb="md" role="alert">
          <Text size="sm">{t('minutes.backup.text')}</Text>
          <Group mt="xs" gap="xs">
            <Button size="xs" onClick={() => restore(offer)}>
              {t('minutes.backup.restore')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                clearBackup(meetingId);
                setOffer(null);
              }}
            >
              {t('minutes.backup.discard')}
            </Button>
          </Group>
        </Alert>
      )}
      <MinutesFieldsForm key={`f${start.key}`} value={fields} onChange={(f) => update({ fields: f })} onValidity={validity} />
      <MinutesEditor key={`e${start.key}`} initial={start.body} label={t('minutes.body')} onChange={(body) => update({ body })} />
      <Group justify="space-between" mt="sm">
        <SaveStatus state={autosave.state} invalid={invalid} />
        <Button color="green" disabled={invalid.length > 0} onClick={() => setConfirming(true)}>
          {t('minutes.finalize')}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('minutes.finalizeTitle')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Text size="sm">{t('minutes.finalizeText')}</Text>
        {finalize.isError && <ErrorAlert error={finalize.error} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="green" loading={finalize.isPending} onClick={() => void doFinalize()}>
            {t('minutes.finalizeConfirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
