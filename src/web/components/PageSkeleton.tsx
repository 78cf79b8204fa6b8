import { Group, Skeleton, Stack } from '@mantine/core';

export function PageSkeleton() {
  return (
    <Stack gap="md" p="md" data-testid="page-skeleton">
      <Group justify="space-between">
        <Skeleton h={28} w={220} />
        <Skeleton h={34} w={140} />
      </Group>
      <Skeleton h={36} />
      <TableSkeleton />
    </Stack>
  );
}

export function TableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Stack gap={6}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} h={34} opacity={1 - i * 0.08} />
      ))}
    </Stack>
  );
}
