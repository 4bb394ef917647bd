import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconFileImport, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ROSTER_IMPORT_MAX_BYTES, type RosterImportPreview, type RosterImportResult, importFileTooLargeVi } from '../../../electron/contract';
import { call, useCommandMutation } from '../../api/hooks';
import { fileToBase64 } from '../../ui/download';
import { CommitteePicker } from '../../ui/CommitteePicker';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useChosenCommittee } from '../members/use-chosen-committee';
import { ImportPreview } from './ImportPreview';

interface Picked {
  fileName: string;
  contentBase64: string;
}

/** Import a roster from .csv or .xlsx: pick the file, read the mapping and the row errors, then apply all rows or none. */
export function ImportPage({ committeeId }: { committeeId: number | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The committee is the address's (kept from the roster tab), else the shared default.
  const { selected } = useChosenCommittee(committeeId);
  const chosen = selected ?? null;
  const [picked, setPicked] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<RosterImportPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<RosterImportResult | null>(null);
  const apply = useCommandMutation('roster.import.apply');
  const fileInput = useRef<HTMLInputElement>(null);

  const read = async (file: File | undefined) => {
    setPreview(null);
    setDone(null);
    setFailure(null);
    apply.reset();
    if (!file || !chosen) return;
    if (file.size > ROSTER_IMPORT_MAX_BYTES) {
      setFailure(new Error('too_large'));
      return;
    }
    setReading(true);
    try {
      const next = { fileName: file.name, contentBase64: await fileToBase64(file) };
      setPicked(next);
      setPreview(await call('roster.import.preview', { committeeId: chosen, ...next }));
    } catch (error) {
      setFailure(error);
    } finally {
      setReading(false);
      // The same file, fixed and saved again, can be picked again.
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const confirm = () => {
    if (!picked || !preview) return;
    apply.mutate(
      { committeeId: preview.committeeId, ...picked, fileHash: preview.fileHash },
      { onSuccess: (result) => (setDone(result), setPreview(null), setPicked(null)) },
    );
  };

  return (
    <>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('import.explain')}
        </Text>
        <Group align="flex-end" gap="sm">
          <CommitteePicker
            label={t('members.committee')}
            value={chosen}
            onChange={(id) => (setPreview(null), setPicked(null), navigate(`/members/import/${id}`))}
          />
          <div>
            <Text size="sm" fw={500} mb={4} aria-hidden="true">
              {t('import.file')}
            </Text>
            <input
              ref={fileInput}
              id="roster-import-file"
              className="file-input"
              type="file"
              aria-label={t('import.file')}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={!chosen || reading}
              onChange={(e) => void read(e.currentTarget.files?.[0])}
            />
            <label className="file-button" htmlFor="roster-import-file">
              <IconUpload size={16} />
              {t('import.choose')}
            </label>
            <Text span size="sm" ml="sm" c={picked ? undefined : 'dimmed'}>
              {picked?.fileName ?? t('import.noFile')}
            </Text>
          </div>
          {reading && <Text size="sm">{t('import.reading')}</Text>}
        </Group>
        {failure != null &&
          (failure instanceof Error && failure.message === 'too_large' ? (
            <Alert color="red" variant="light" role="alert">
              {importFileTooLargeVi(ROSTER_IMPORT_MAX_BYTES)}
            </Alert>
          ) : (
            <ErrorAlert error={failure} />
          ))}
        {preview && (
          <ImportPreview preview={preview}>
            {apply.error != null && <ErrorAlert error={apply.error} />}
            <Group>
              <Button
                color="green"
                leftSection={<IconCheck size={16} />}
                disabled={preview.errors.length > 0 || preview.rows.length === 0}
                loading={apply.isPending}
                onClick={confirm}
              >
                {t('import.apply', { count: preview.rows.length })}
              </Button>
              {preview.errors.length > 0 && (
                <Text size="sm" c="red.8">
                  {t('import.fixFirst')}
                </Text>
              )}
            </Group>
          </ImportPreview>
        )}
        {done && (
          <Alert color="green" variant="light" icon={<IconFileImport size={18} />} role="status" title={t('import.doneTitle')}>
            {t('import.done', { memberships: done.memberships, newPeople: done.newPeople, existingPeople: done.existingPeople, newDecisions: done.newDecisions })}{' '}
            <Anchor component={Link} to={`/members/roster/${done.committeeId}`} size="sm">
              {t('import.openRoster')}
            </Anchor>
          </Alert>
        )}
      </Stack>
    </>
  );
}
