import { Code, Grid, Group, Stack, Text } from '@mantine/core';
import type { AuditEntry } from '../../../shared/schemas/org.js';
import { ChangeList } from '../../components/ChangeList.js';
import { formatDateTime } from '../../lib/format.js';

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Code block style={{ maxHeight: 320, overflow: 'auto', fontSize: 12 }}>
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  );
}

/** Expanded audit row: readable changes plus the raw before/after JSON. */
export function AuditDetail({ entry }: { entry: AuditEntry }) {
  return (
    <Stack gap="sm" data-testid="audit-detail">
      <Group gap="lg">
        <Text size="xs" c="dimmed">
          {formatDateTime(entry.at)} · action <Code>{entry.action}</Code> · {entry.entityType} <Code>{entry.entityId ?? '—'}</Code>
          {entry.requestId && (
            <>
              {' '}
              · request <Code>{entry.requestId}</Code>
            </>
          )}
        </Text>
      </Group>
      <ChangeList entry={entry} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Json label="Before" value={entry.before} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Json label="After" value={entry.after} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
