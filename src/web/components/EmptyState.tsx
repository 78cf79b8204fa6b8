import { Box, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** "Nothing here yet — here is what to do next." */
export function EmptyState({ icon, title, children, actions, compact = false, testId }: { icon?: ReactNode; title: ReactNode; children?: ReactNode; actions?: ReactNode; compact?: boolean; testId?: string }) {
  return (
    <Box py={compact ? 'lg' : 48} px="md" data-testid={testId ?? 'empty-state'}>
      <Stack align="center" gap="xs" ta="center" maw={480} mx="auto">
        {icon && (
          <ThemeIcon size={compact ? 40 : 52} radius="xl" variant="light" color="indigo">
            {icon}
          </ThemeIcon>
        )}
        <Title order={compact ? 5 : 4} fw={600}>
          {title}
        </Title>
        {children && (
          <Text c="dimmed" size="sm">
            {children}
          </Text>
        )}
        {actions && (
          <Group gap="xs" mt="xs" justify="center">
            {actions}
          </Group>
        )}
      </Stack>
    </Box>
  );
}
