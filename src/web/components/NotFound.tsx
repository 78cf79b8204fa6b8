import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';

export function NotFound({ standalone = false, what = 'page' }: { standalone?: boolean; what?: string }) {
  return (
    <Center mih={standalone ? '100vh' : 420} data-testid="not-found">
      <Stack align="center" gap="xs" maw={420} ta="center">
        <IconMapOff size={48} stroke={1.4} color="var(--mantine-color-gray-5)" />
        <Title order={2}>We couldn't find that {what}</Title>
        <Text c="dimmed">
          {what === 'page' ? 'The address may be mistyped, or the page has moved.' : `The link may be out of date, or the ${what} was removed or is outside your department scope.`}
        </Text>
        <Button component={Link} to="/apps" mt="md" variant="light">
          Back to inventory
        </Button>
      </Stack>
    </Center>
  );
}
