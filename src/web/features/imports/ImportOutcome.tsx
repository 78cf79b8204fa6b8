import { Alert, Anchor, Box, Button, Card, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconCircleCheck, IconDownload, IconFileAlert, IconListCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ImportDetail, ImportError } from '../../../shared/schemas/imports.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { formatCount, formatMoney } from '../../lib/format.js';
import { useCan } from '../../lib/session.js';
import { PAGE_SIZE } from '../../lib/useList.js';
import { api, type Page } from '../../lib/api.js';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { SigninsOutcomeView } from './SigninsOutcome.js';
import { formatKind, outcomeOf, type PeopleOutcome, type AppsOutcome, type TransactionOutcome } from './shared.js';

export function Stat({ label, value, hint, color, testId }: { label: string; value: ReactNode; hint?: string; color?: string; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

const KINDS = [
  { key: 'software', label: 'Software', color: 'teal' },
  { key: 'unknown', label: 'Not placed yet', color: 'orange' },
  { key: 'not_software', label: 'Not software', color: 'gray' },
] as const;

/** "€1,200.00 + $80.00": one figure per currency. */
function amounts(byCurrency: Record<string, number>): string {
  const entries = Object.entries(byCurrency).filter(([, v]) => v !== 0);
  if (!entries.length) return '—';
  return entries
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([c, v]) => formatMoney(v, c))
    .join(' + ');
}

function TransactionsOutcome({ s }: { s: TransactionOutcome }) {
  const can = useCan();
  const total = KINDS.reduce((n, k) => n + (s.byKind[k.key]?.rows ?? 0), 0);
  const unknown = s.byKind.unknown?.rows ?? 0;
  if (total === 0 && !s.topApps?.length) return null;
  return (
    <Stack gap="md" data-testid="outcome-transactions">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          What the rows are
        </Text>
        {total > 0 && (
          <Progress.Root size={22} radius="md">
            {KINDS.map((k) => {
              const rows = s.byKind[k.key]?.rows ?? 0;
              if (!rows) return null;
              return (
                <Tooltip key={k.key} label={`${k.label}: ${formatCount(rows, 'row')}`}>
                  <Progress.Section value={(rows / total) * 100} color={k.color}>
                    <Progress.Label>{Math.round((rows / total) * 100)} %</Progress.Label>
                  </Progress.Section>
                </Tooltip>
              );
            })}
          </Progress.Root>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {KINDS.map((k) => (
            <Paper key={k.key} withBorder radius="md" p="sm" style={{ borderLeft: `4px solid var(--mantine-color-${k.color}-5)` }} data-testid={`kind-${k.key}`}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.03em' }}>
                {k.label}
              </Text>
              <Text size="lg" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatCount(s.byKind[k.key]?.rows ?? 0, 'row')}
              </Text>
              <Text size="sm" c="dimmed">
                {amounts(s.byKind[k.key]?.amountMinor ?? {})}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
        {unknown > 0 && can('discovery.read') && (
          <Alert color="orange" variant="light" icon={<IconListCheck size={18} />} data-testid="review-hint">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm">
                {formatCount(unknown, 'row')}
                {s.unknownTexts ? ` (${formatCount(s.unknownTexts, 'distinct text')})` : ''} could not be placed. Label them once in the review queue; Tandem learns a rule for next time.
              </Text>
              <AnchorLink to="/discovery/review" size="sm" fw={600}>
                Open the review queue →
              </AnchorLink>
            </Group>
          </Alert>
        )}
      </Stack>
      {s.topApps?.length > 0 && (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            Top apps by spend
          </Text>
          <Box className="tandem-table-wrap">
            <Table verticalSpacing={6} data-testid="top-apps">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>App</Table.Th>
                  <Table.Th ta="right">Rows</Table.Th>
                  <Table.Th ta="right">Spend</Table.Th>
                  <Table.Th w="40%" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.topApps.map((a) => (
                  <Table.Tr key={`${a.catalogAppId ?? a.name}-${a.currency}`}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {a.name}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {a.rows.toLocaleString()}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatMoney(a.amountMinor, a.currency)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Progress value={(Math.abs(a.amountMinor) / Math.max(...s.topApps.filter((x) => x.currency === a.currency).map((x) => Math.abs(x.amountMinor)), 1)) * 100} size="sm" color="indigo" radius="xl" />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
        </Stack>
      )}
    </Stack>
  );
}

function PeopleOutcomeView({ s }: { s: PeopleOutcome }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" data-testid="outcome-people">
      <Stat label="People added" value={s.created.toLocaleString()} color={s.created ? 'teal.7' : undefined} />
      <Stat label="Updated" value={s.updated.toLocaleString()} />
      <Stat label="Unchanged" value={s.unchanged.toLocaleString()} />
      <Stat label="Leavers" value={s.leavers.toLocaleString()} hint="Marked as having left" color={s.leavers ? 'orange.7' : undefined} />
      <Stat label="Departments added" value={s.departmentsCreated.toLocaleString()} />
      {Boolean(s.managersUnresolved) && <Stat label="Managers not found" value={s.managersUnresolved!.toLocaleString()} hint="Not in People: left empty" color="orange.7" />}
    </SimpleGrid>
  );
}

function AppsOutcomeView({ s }: { s: AppsOutcome }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" data-testid="outcome-apps">
      <Stat label="Apps added" value={s.created.toLocaleString()} color={s.created ? 'teal.7' : undefined} hint="In the inventory as discovered" />
      <Stat label="Updated" value={s.updated.toLocaleString()} />
      {s.unchanged !== undefined && <Stat label="Unchanged" value={s.unchanged.toLocaleString()} />}
    </SimpleGrid>
  );
}

/** What a finished import did: counts, then the summary for its kind of file; or why it failed. */
export function ImportOutcome({ imp }: { imp: ImportDetail }) {
  const outcome = outcomeOf(imp);
  const transactions = formatKind(imp.format) === 'transactions' || formatKind(imp.format) === 'signins';
  return (
    <Card withBorder radius="md" p="lg" data-testid="import-outcome" data-state={imp.state}>
      <Stack gap="md">
        {imp.state === 'committed' && (
          <Group gap="sm" wrap="nowrap">
            <IconCircleCheck size={26} color="var(--mantine-color-teal-6)" />
            <div>
              <Title order={4}>{imp.rowsImported === 0 && imp.rowsDuplicate > 0 ? 'Nothing new: every row was imported before' : `Imported ${formatCount(imp.rowsImported, 'row')}`}</Title>
              <Text size="sm" c="dimmed">
                {imp.rowsBad ? `${formatCount(imp.rowsBad, 'bad row')} skipped: see the report below.` : 'Every row was read.'}
              </Text>
            </div>
          </Group>
        )}
        {imp.state === 'failed' && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title="The import failed; nothing was saved" data-testid="import-error">
            <Stack gap={6}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {imp.error ?? 'No reason was recorded.'}
              </Text>
            </Stack>
          </Alert>
        )}
        {imp.state === 'cancelled' && (
          <Alert color="gray" variant="light" icon={<IconBan size={20} />} title="Cancelled" data-testid="import-cancelled">
            Nothing from this file was saved.
          </Alert>
        )}
        {imp.state !== 'cancelled' && (
          <SimpleGrid cols={{ base: 2, sm: transactions ? 4 : 2 }} spacing="sm">
            <Stat label="Rows imported" value={imp.rowsImported.toLocaleString()} testId="stat-imported" />
            {transactions && <Stat label="Duplicates" value={imp.rowsDuplicate.toLocaleString()} hint="Already imported before" testId="stat-duplicates" />}
            <Stat label="Bad rows" value={imp.rowsBad.toLocaleString()} hint={imp.state === 'committed' && imp.rowsBad ? 'Skipped: see the report' : undefined} color={imp.rowsBad ? 'red.7' : undefined} testId="stat-bad" />
            {transactions &&
              (formatKind(imp.format) === 'signins' ? (
                <Stat label="Other events" value={imp.rowsSkipped.toLocaleString()} hint="Sessions, logouts and the like: not app usage" testId="stat-skipped" />
              ) : (
                <Stat label="Not spend" value={imp.rowsSkipped.toLocaleString()} hint="Payments, refunds and the like" testId="stat-skipped" />
              ))}
          </SimpleGrid>
        )}
        {imp.state === 'committed' && outcome?.kind === 'transactions' && <TransactionsOutcome s={outcome.s} />}
        {imp.state === 'committed' && outcome?.kind === 'people' && <PeopleOutcomeView s={outcome.s} />}
        {imp.state === 'committed' && outcome?.kind === 'apps' && <AppsOutcomeView s={outcome.s} />}
        {imp.state === 'committed' && outcome?.kind === 'signins' && <SigninsOutcomeView s={outcome.s} />}
      </Stack>
    </Card>
  );
}

const errCol = createColumnHelper<ImportError>();
const errorColumns = [
  errCol.accessor('line', { header: 'Line', meta: { align: 'right', width: 80 }, cell: (c) => <Text size="sm" ff="monospace">{c.getValue() ?? '—'}</Text> }),
  errCol.accessor('column', { header: 'Column', cell: (c) => <Text size="sm">{c.getValue() ?? '—'}</Text> }),
  errCol.accessor('reason', { header: 'Reason', meta: { wrap: true }, cell: (c) => <Text size="sm" maw={420}>{c.getValue()}</Text> }),
  errCol.accessor('raw', {
    header: 'Row as read',
    cell: (c) => (
      <Text size="xs" ff="monospace" c="dimmed" truncate maw={420} title={c.getValue() ?? undefined}>
        {c.getValue() ?? '—'}
      </Text>
    ),
  }),
];

/** The bad-row report: line, column and reason, paged; the whole report as CSV. */
export function BadRowReport({ imp }: { imp: ImportDetail }) {
  const [page, setPage] = useState(1);
  const errors = useQuery({
    queryKey: ['imports', 'errors', imp.id, imp.state, page],
    queryFn: () => api.get<Page<ImportError>>(`/api/imports/${imp.id}/errors`, { page, pageSize: PAGE_SIZE }),
    placeholderData: (prev) => prev,
  });
  const total = errors.data?.total ?? imp.rowsBad;
  if (!errors.isLoading && total === 0) return null;
  return (
    <Stack gap="xs" data-testid="bad-rows">
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <IconFileAlert size={20} color="var(--mantine-color-red-6)" />
          <Title order={4}>Bad rows</Title>
          <Text size="sm" c="dimmed">
            {formatCount(total, 'row')} Tandem could not read
          </Text>
        </Group>
        <Button component="a" href={`/api/imports/${imp.id}/errors?format=csv`} download variant="default" size="xs" leftSection={<IconDownload size={14} />} data-testid="bad-rows-csv">
          Download report (CSV)
        </Button>
      </Group>
      <DataTable
        data={errors.data?.items}
        columns={errorColumns}
        getRowId={(e) => `${e.line}:${e.column}:${e.reason}:${e.raw}`}
        total={errors.data?.total}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        loading={errors.isLoading}
        fetching={errors.isFetching}
        testId="bad-rows-table"
        rowTestId="bad-row"
        minWidth={800}
        empty={<EmptyState compact title="No bad rows" />}
      />
      <Text size="xs" c="dimmed">
        Line numbers point into the original file:{' '}
        <Anchor href={`/api/imports/${imp.id}/file`} size="xs">
          download it
        </Anchor>{' '}
        to look the rows up.
      </Text>
    </Stack>
  );
}
