import { Badge, Button, Group, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { DiscoveredUser } from '../../../shared/schemas/discovery.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ExportMenu } from '../../components/ExportMenu.js';
import { SearchInput } from '../../components/SearchInput.js';
import { api, type Page } from '../../lib/api.js';
import { formatCount, formatDate, formatDateTime, formatWhen } from '../../lib/format.js';
import { useCan } from '../../lib/session.js';
import { listTableProps, PAGE_SIZE } from '../../lib/useList.js';
import type { DiscoverySearch } from '../../router.js';
import { HrBadge } from './discoveredUi.js';

const col = createColumnHelper<DiscoveredUser>();
const WHO_OPTIONS = [
  { value: 'both', label: 'Not in HR and leavers' },
  { value: 'not_in_hr', label: 'Not in HR' },
  { value: 'leaver_after_end', label: 'Leavers after end date' },
];
export const usersStatus = (who: string | undefined) => (who === 'not_in_hr' || who === 'leaver_after_end' ? who : 'not_in_hr,leaver_after_end');

function columns(canPeople: boolean) {
  return [
    col.accessor('userKey', {
      header: 'Identity',
      meta: { sortKey: 'user' },
      cell: (c) => {
        const u = c.row.original;
        return (
          <Stack gap={0} maw={320}>
            {u.person && canPeople ? (
              <AnchorLink to="/people/$personId" params={{ personId: u.person.id }} size="sm" fw={600}>
                {u.person.name}
              </AnchorLink>
            ) : (
              <Text size="sm" fw={600} truncate>
                {u.userName ?? u.person?.name ?? u.userKey}
              </Text>
            )}
            <Text size="xs" c="dimmed" truncate title={u.userKey}>
              {[u.person?.department, u.userKey].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
        );
      },
    }),
    col.accessor('status', {
      header: 'Status',
      cell: (c) => (
        <Stack gap={2} align="flex-start">
          <HrBadge status={c.getValue()} />
          {c.row.original.endDate && (
            <Text size="xs" c="dimmed">
              Left {formatDate(c.row.original.endDate)}
            </Text>
          )}
        </Stack>
      ),
    }),
    col.accessor('appNames', {
      header: 'Apps',
      meta: { wrap: true },
      cell: (c) => {
        const names = c.getValue();
        return (
          <Group gap={4} maw={340}>
            {names.slice(0, 4).map((n) => (
              <Badge key={n} size="sm" variant="outline" color="gray" style={{ textTransform: 'none' }}>
                {n}
              </Badge>
            ))}
            {c.row.original.apps > 4 && (
              <Tooltip label={names.slice(4).join(', ')} disabled={names.length <= 4} multiline maw={320}>
                <Text size="xs" c="dimmed">
                  +{c.row.original.apps - 4} more
                </Text>
              </Tooltip>
            )}
          </Group>
        );
      },
    }),
    col.accessor('signins', {
      header: 'Sign-ins',
      meta: { sortKey: 'signins', align: 'right' },
      cell: (c) => (
        <Stack gap={0} align="flex-end">
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {c.getValue().toLocaleString()}
          </Text>
          {c.row.original.signinsAfterEnd > 0 && (
            <Text size="xs" c="red.7" fw={600}>
              {c.row.original.signinsAfterEnd.toLocaleString()} after end date
            </Text>
          )}
        </Stack>
      ),
    }),
    col.accessor('firstSeen', {
      header: 'First seen',
      cell: (c) => (
        <Text size="sm" c="dimmed">
          {formatDate(c.getValue())}
        </Text>
      ),
    }),
    col.accessor('lastSeen', {
      header: 'Last seen',
      meta: { sortKey: 'lastSeen' },
      cell: (c) => (
        <Tooltip label={formatDateTime(c.getValue())}>
          <Text size="sm" c="dimmed">
            {formatWhen(c.getValue())}
          </Text>
        </Tooltip>
      ),
    }),
  ];
}

/** Sign-in identities outside the HR list, and leavers who kept signing in after their end date. */
export function DiscoveryUsers({ search, update }: { search: DiscoverySearch; update: (patch: Partial<DiscoverySearch>, resetPage?: boolean) => unknown }) {
  const can = useCan();
  const status = usersStatus(search.who);
  const filterQuery = { q: search.q, status, sort: search.sort };
  const query = useMemo(() => ({ q: search.q, status: usersStatus(search.who), sort: search.sort, page: search.page ?? 1, pageSize: PAGE_SIZE }), [search]);
  const list = useQuery({
    queryKey: ['discovery', 'users', query],
    queryFn: () => api.get<Page<DiscoveredUser>>('/api/discovery/users', query),
    placeholderData: (prev) => prev,
  });
  const cols = useMemo(() => columns(can('person.read')), [can]);
  const filtered = Boolean(search.q);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="wrap">
          <SegmentedControl
            data={WHO_OPTIONS}
            value={search.who === 'not_in_hr' || search.who === 'leaver_after_end' ? search.who : 'both'}
            onChange={(v) => update({ who: v === 'both' ? undefined : v })}
            data-testid="identities-filter"
          />
          <SearchInput value={search.q} onSearch={(q) => update({ q })} placeholder="Search e-mail or name…" w={260} testId="identities-search" />
        </Group>
        <ExportMenu path="/api/discovery/users" query={filterQuery} />
      </Group>
      {list.error && (
        <Text c="red" size="sm">
          {list.error.message}
        </Text>
      )}
      <DataTable
        {...listTableProps(list, search, update)}
        columns={cols}
        getRowId={(u) => u.userKey}
        defaultSort="-lastSeen"
        testId="identities-table"
        rowTestId="identity-row"
        minWidth={960}
        horizontalSpacing="sm"
        empty={
          filtered ? (
            <EmptyState icon={<IconUserQuestion size={26} />} title="Nobody matches" actions={<Button variant="light" onClick={() => update({ q: undefined })}>Clear search</Button>}>
              Try another e-mail address or name.
            </EmptyState>
          ) : (
            <EmptyState
              icon={<IconUserQuestion size={26} />}
              title="Every identity is accounted for"
              actions={
                can('import.read') && (
                  <AnchorLink to="/imports" size="sm" fw={600}>
                    Go to Imports
                  </AnchorLink>
                )
              }
            >
              Everyone who signed in is an active person of the HR list. Keep the HR list current (import it on the Imports page) so Tandem can spot
              {' '}accounts of people who left.
            </EmptyState>
          )
        }
      />
      {list.data && list.data.total > 0 && (
        <Text size="xs" c="dimmed">
          {formatCount(list.data.total, 'identity', 'identities')} to check: remove the accounts, or add the people (or their aliases) to the HR list.
        </Text>
      )}
    </Stack>
  );
}
