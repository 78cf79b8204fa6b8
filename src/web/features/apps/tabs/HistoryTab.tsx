import { Avatar, Group, Pagination, Stack, Text, Timeline, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconCertificate, IconFileText, IconHistory, IconMessage, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { AppDetail } from '../../../../shared/schemas/apps.js';
import type { AuditEntry } from '../../../../shared/schemas/org.js';
import { ChangeList } from '../../../components/ChangeList.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ExportMenu } from '../../../components/ExportMenu.js';
import { TableSkeleton } from '../../../components/PageSkeleton.js';
import { actionVerb } from '../../../lib/changes.js';
import { formatDateTime, formatWhen, initials } from '../../../lib/format.js';
import { useAppHistory } from '../api.js';
import { Section } from './OverviewTab.js';

function icon(action: string): { icon: ReactNode; color: string } {
  if (action === 'app.lifecycle') return { icon: <IconArrowsExchange size={13} />, color: 'yellow' };
  if (action === 'app.create') return { icon: <IconPlus size={13} />, color: 'teal' };
  if (action.startsWith('attestation')) return { icon: <IconCertificate size={13} />, color: 'cyan' };
  if (action.startsWith('document')) return { icon: <IconFileText size={13} />, color: 'grape' };
  if (action.startsWith('comment')) return { icon: <IconMessage size={13} />, color: 'blue' };
  return { icon: <IconPencil size={13} />, color: 'indigo' };
}

function Entry({ entry }: { entry: AuditEntry }) {
  const showChanges = entry.action !== 'app.create' && entry.action !== 'comment.create';
  return (
    <Stack gap={6} data-testid="history-entry" data-action={entry.action}>
      <Group gap={8} wrap="wrap">
        <Avatar size={22} radius="xl" color="gray" variant="light">
          <Text size="10px" fw={600}>
            {initials(entry.actorLabel)}
          </Text>
        </Avatar>
        <Text size="sm">
          <Text span fw={600}>
            {entry.actorLabel}
          </Text>{' '}
          {actionVerb(entry.action)}
          {entry.actorType === 'token' && (
            <Text span size="xs" c="dimmed">
              {' '}
              (API token)
            </Text>
          )}
        </Text>
        <Tooltip label={formatDateTime(entry.at)}>
          <Text size="xs" c="dimmed">
            {formatWhen(entry.at)}
          </Text>
        </Tooltip>
      </Group>
      {showChanges && <ChangeList entry={entry} />}
      {entry.action === 'comment.create' && typeof (entry.after as { body?: unknown } | null)?.body === 'string' && (
        <Text size="sm" c="dimmed" lineClamp={2} fs="italic">
          “{(entry.after as { body: string }).body}”
        </Text>
      )}
    </Stack>
  );
}

export function HistoryTab({ app }: { app: AppDetail }) {
  const [page, setPage] = useState(1);
  const { data, isLoading } = useAppHistory(app.id, page);
  const items = data?.items ?? [];
  const pages = data ? Math.ceil(data.total / data.pageSize) : 1;
  return (
    <Section title="History" description="Every change to this app: who, when, and what it was before" right={<ExportMenu path={`/api/apps/${app.id}/history`} query={{ sort: '-at' }} />}>
      {isLoading ? (
        <TableSkeleton rows={4} />
      ) : items.length === 0 ? (
        <EmptyState compact icon={<IconHistory size={22} />} title="No history yet">
          Changes to this app's fields, status, attestations and documents appear here.
        </EmptyState>
      ) : (
        <Stack>
          <Timeline bulletSize={26} lineWidth={2} data-testid="history-timeline">
            {items.map((e) => {
              const i = icon(e.action);
              return (
                <Timeline.Item key={e.id} bullet={i.icon} color={i.color} pb="xs">
                  <Entry entry={e} />
                </Timeline.Item>
              );
            })}
          </Timeline>
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
        </Stack>
      )}
    </Section>
  );
}
