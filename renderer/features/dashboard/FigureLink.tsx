import { Anchor, Card, Text } from '@mantine/core';
import { Link } from 'react-router';

/** One figure of the dashboard: its label and number, and (where there is one) the list behind it. */
export function FigureLink({ label, value, color, to }: { label: string; value: number; color?: string; to?: string }) {
  const body = (
    <Card withBorder padding="sm" radius="sm" h="100%">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text className="stat-value" fz={26} fw={700} c={color}>
        {value}
      </Text>
    </Card>
  );
  return to ? (
    <Anchor component={Link} to={to} underline="never" c="inherit" display="block" h="100%" aria-label={`${label}: ${value}`} className="figure-link">
      {body}
    </Anchor>
  ) : (
    <div aria-label={`${label}: ${value}`} role="group" className="figure">
      {body}
    </div>
  );
}
