import { Blockquote, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { AuditEntry } from '../../shared/schemas/org.js';
import { describeChanges, type Lookup } from '../lib/changes.js';
import { useDepartments } from '../lib/queries.js';

export function useLookup(): Lookup {
  const { data } = useDepartments();
  return useMemo(() => {
    const m = new Map((data ?? []).map((d) => [d.id, d.name]));
    return { department: (id: string) => m.get(id) };
  }, [data]);
}

/** Field-by-field before → after of one audit entry. */
export function ChangeList({ entry }: { entry: Pick<AuditEntry, 'action' | 'before' | 'after'> }) {
  const lookup = useLookup();
  const changes = describeChanges(entry, lookup);
  if (!changes.length) return null;
  const reason = changes.find((c) => c.key === 'reason');
  return (
    <Stack gap={4}>
      {changes
        .filter((c) => c.key !== 'reason')
        .map((c) => (
          <Group key={c.key} gap={6} wrap={c.long ? 'wrap' : 'nowrap'} align="flex-start" data-testid="change-row" data-field={c.key}>
            <Text size="sm" fw={500} miw={120} c="dark.4">
              {c.label}
            </Text>
            {c.from !== null && c.to !== null ? (
              <Group gap={6} wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" c="dimmed" td="line-through" style={{ wordBreak: 'break-word' }} lineClamp={c.long ? 3 : undefined}>
                  {c.from}
                </Text>
                <IconArrowRight size={14} color="var(--mantine-color-gray-5)" />
                <Text size="sm" fw={500} style={{ wordBreak: 'break-word' }} lineClamp={c.long ? 3 : undefined}>
                  {c.to}
                </Text>
              </Group>
            ) : (
              <Text size="sm" style={{ flex: 1, wordBreak: 'break-word' }} c={c.to === null ? 'dimmed' : undefined} lineClamp={c.long ? 4 : undefined}>
                {c.to ?? c.from}
              </Text>
            )}
          </Group>
        ))}
      {reason?.to && (
        <Blockquote p="xs" pl="sm" mt={4} color="indigo" iconSize={0} fz="sm" data-testid="change-reason">
          {reason.to}
        </Blockquote>
      )}
    </Stack>
  );
}
