import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Person } from '../../../electron/contract';
import { CommandFailure, useCommandMutation } from '../../api/hooks';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** Delete a person named by no record; a refusal is explained, with "mark inactive" offered instead. */
export function DeletePerson({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useCommandMutation('people.delete');
  const setActive = useCommandMutation('people.setActive');
  const refused = remove.error instanceof CommandFailure && remove.error.error.code === 'HAS_DEPENDENTS';
  return (
    <Modal opened onClose={onClose} title={t('people.deleteTitle', { name: person.fullName })}>
      <Stack gap="sm">
        {!refused && <Text size="sm">{t('people.deleteAsk', { name: person.fullName })}</Text>}
        {refused && (
          <Alert color="orange" variant="light" role="alert" title={t('people.deleteRefusedTitle')}>
            {t('people.deleteRefused', { name: person.fullName })}
          </Alert>
        )}
        {remove.error != null && !refused && <ErrorAlert error={remove.error} />}
        {setActive.error != null && <ErrorAlert error={setActive.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {refused ? (
            person.active && (
              <Button
                loading={setActive.isPending}
                onClick={() => setActive.mutate({ id: person.id, active: false }, { onSuccess: onClose })}
              >
                {t('people.markInactive')}
              </Button>
            )
          ) : (
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                void remove.mutateAsync({ id: person.id }).then(
                  () => navigate('/members/people', { replace: true }),
                  () => undefined, // the refusal or failure is shown above
                )
              }
            >
              {t('people.delete')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
