import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConclusionDetail } from '../../../electron/contract';

/** An issued or cancelled notice as it reads: no field can change any more. */
export function ConclusionView({ conclusion: c }: { conclusion: ConclusionDetail }) {
  const { t } = useTranslation();
  const signer = [c.signer.form !== 'none' ? t(`conclusions.fields.forms.${c.signer.form}`) : null, c.signer.title, c.signer.name].filter(Boolean).join(' · ');
  return (
    <Stack gap="md">
      {c.status === 'issued' && (
        <Text size="sm" c="dimmed">
          {t('conclusions.page.locked')}
        </Text>
      )}
      <Card withBorder padding="md">
        <Text fw={600} mb="xs">
          {c.title}
        </Text>
        {c.preamble && (
          <Text size="sm" className="notice-text" mb="sm">
            {c.preamble}
          </Text>
        )}
        <Title order={2} size="h5" mb={4}>
          {t('conclusions.fields.directives')}
        </Title>
        <ol className="notice-items">
          {c.items.map((item) => (
            <li key={item.id}>
              <Text size="sm" className="notice-text">
                {item.text}
              </Text>
              {item.subPoints.length > 0 && (
                <ul className="notice-sub-points">
                  {item.subPoints.map((p, j) => (
                    <li key={j}>
                      <Text size="sm">{p}</Text>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </Card>
      <div className="grid-2">
        <Card withBorder padding="md">
          <Text size="sm" fw={600}>
            {t('conclusions.fields.recipients')}
          </Text>
          {c.recipients.map((r, i) => (
            <Text key={i} size="sm">
              - {r}
            </Text>
          ))}
        </Card>
        <Card withBorder padding="md">
          <Text size="sm" fw={600}>
            {t('conclusions.fields.signer')}
          </Text>
          <Text size="sm">{signer || t('common.none')}</Text>
        </Card>
      </div>
    </Stack>
  );
}
