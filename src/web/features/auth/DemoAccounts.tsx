import { Badge, Card, Code, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { ROLE_LABELS } from '../../../shared/enums.js';
import type { AuthConfig } from '../../../shared/schemas/auth.js';

type Account = AuthConfig['demoAccounts'][number];

/** Shown only while the demo organisation is loaded: one click fills the sign-in form. */
export function DemoAccounts({ accounts, password, onPick }: { accounts: Account[]; password: string | null; onPick: (a: Account) => void }) {
  return (
    <Card withBorder radius="lg" p="md" data-testid="demo-accounts">
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          Demo sign-ins
        </Text>
        {password && (
          <Text size="xs" c="dimmed">
            Password: <Code data-testid="demo-password">{password}</Code>
          </Text>
        )}
      </Group>
      <Stack gap={4}>
        {accounts.map((a) => (
          <UnstyledButton
            key={a.email}
            onClick={() => onPick(a)}
            p={8}
            style={{ borderRadius: 8 }}
            className="tandem-row-clickable"
            data-testid="demo-account"
            data-email={a.email}
          >
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500} truncate>
                    {a.email}
                  </Text>
                  <Badge size="xs" variant="light" style={{ textTransform: 'none' }}>
                    {ROLE_LABELS[a.role]}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {a.description}
                </Text>
              </Stack>
              <IconPlayerPlay size={14} color="var(--mantine-color-gray-5)" />
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Card>
  );
}
