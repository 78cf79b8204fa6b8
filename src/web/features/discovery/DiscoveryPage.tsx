import { Alert, Anchor, Badge, Box, Button, Grid, Group, Paper, SegmentedControl, Select, SimpleGrid, Skeleton, Stack, Tabs, Text, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core';
import {
  IconAlertTriangle, IconApps, IconArrowRight, IconCircleCheck, IconFileImport, IconFilterOff, IconListCheck, IconRadar, IconSparkles, IconUserOff, IconUserQuestion,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState, type ReactNode } from 'react';
import type { DiscoveredApp, DiscoveredUser, DiscoverySummary } from '../../../shared/schemas/discovery.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ExportMenu } from '../../components/ExportMenu.js';
import { SingleFilter } from '../../components/FilterButton.js';
import { NotFound } from '../../components/NotFound.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SearchInput } from '../../components/SearchInput.js';
import { api, type Page } from '../../lib/api.js';
import { formatCount, formatDate, formatDateTime, formatWhen } from '../../lib/format.js';
import { useCan } from '../../lib/session.js';
import { usePageTitle } from '../../lib/title.js';
import { listTableProps, PAGE_SIZE, searchPatcher } from '../../lib/useList.js';
import type { DiscoverySearch } from '../../router.js';
import { DiscoveredAppDrawer } from './DiscoveredAppDrawer.js';
import { AppActions, APP_SOURCE_OPTIONS, DiscoveryStatusBadge, lifecycleLabel, RiskBadge, SourceBadges, SpendText, type Added } from './discoveredUi.js';
import { DiscoveryUsers, usersStatus } from './DiscoveryUsers.js';

const route = getRouteApi('/_app/discovery');
const col = createColumnHelper<DiscoveredApp>();
const ALL_STATUSES = 'shadow,in_inventory,known,not_relevant';
const STATUS_TABS = [
  { value: 'shadow', label: 'Shadow IT' },
  { value: 'in_inventory', label: 'In inventory' },
  { value: 'known', label: 'Known' },
  { value: 'not_relevant', label: 'Not relevant' },
  { value: 'all', label: 'All' },
];
const SORTS = [
  { value: 'newest', label: 'Newest first' },
  { value: '-users', label: 'Most people' },
  { value: '-spend', label: 'Most spend' },
  { value: '-lastSeen', label: 'Last seen' },
  { value: 'name', label: 'Name' },
];
const num = { fontVariantNumeric: 'tabular-nums' } as const;

const statusParam = (s: string | undefined) => (s === 'all' ? ALL_STATUSES : s && STATUS_TABS.some((t) => t.value === s) ? s : 'shadow');

// ---------------------------------------------------------------------------------------------------
// Summary cards

function StatCard({ label, value, hint, icon, color, to, search, testId }: {
  label: string; value: number | undefined; hint?: ReactNode; icon: ReactNode; color: string; to?: '/discovery' | '/discovery/review'; search?: Partial<DiscoverySearch>; testId: string;
}) {
  const body = (
    <Paper withBorder radius="md" p="sm" h="100%" className={to ? 'tandem-row-clickable' : undefined} data-testid={testId}>
      <Group gap={6} wrap="nowrap" mb={2}>
        <ThemeIcon variant="light" color={color} radius="sm" size={22}>
          {icon}
        </ThemeIcon>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.03em' }} lineClamp={1}>
          {label}
        </Text>
      </Group>
      {value === undefined ? (
        <Skeleton h={28} w={48} my={2} />
      ) : (
        <Text size="1.6rem" fw={700} lh={1.3} c={value > 0 && color !== 'indigo' ? `${color}.7` : undefined} style={num} data-testid={`${testId}-value`}>
          {value.toLocaleString()}
        </Text>
      )}
      {hint && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {hint}
        </Text>
      )}
    </Paper>
  );
  if (!to) return body;
  return (
    <UnstyledButton component={Link} to={to} search={search as never} style={{ display: 'block', height: '100%' }} aria-label={label}>
      {body}
    </UnstyledButton>
  );
}

function Summary({ s }: { s: DiscoverySummary | undefined }) {
  const can = useCan();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, xl: 6 }} spacing="sm" mb="md" data-testid="discovery-summary">
      <StatCard label="Apps found" value={s?.apps} hint="in sign-ins, grants and spend" icon={<IconApps size={14} />} color="indigo" to="/discovery" search={{ status: 'all' }} testId="stat-apps" />
      <StatCard label="Shadow IT" value={s?.shadow} hint="in use, and nobody approved them" icon={<IconRadar size={14} />} color="orange" to="/discovery" search={{}} testId="stat-shadow" />
      <StatCard label="New in 30 days" value={s?.newShadow30d} hint="shadow apps seen for the first time" icon={<IconSparkles size={14} />} color="grape" to="/discovery" search={{ sort: 'newest' }} testId="stat-new" />
      <StatCard
        label="To review"
        value={s?.unknownTexts}
        hint="names waiting in the review queue"
        icon={<IconListCheck size={14} />}
        color="yellow"
        to={can('discovery.read') ? '/discovery/review' : undefined}
        testId="stat-review"
      />
      <StatCard label="Not in HR" value={s?.usersNotInHr} hint="identities that sign in to apps" icon={<IconUserQuestion size={14} />} color="orange" to="/discovery" search={{ view: 'identities', who: 'not_in_hr' }} testId="stat-not-in-hr" />
      <StatCard label="Leavers" value={s?.leaversAfterEnd} hint="still signing in after their end date" icon={<IconUserOff size={14} />} color="red" to="/discovery" search={{ view: 'identities', who: 'leaver_after_end' }} testId="stat-leavers" />
    </SimpleGrid>
  );
}

// ---------------------------------------------------------------------------------------------------
// Charts: top shadow apps by people (in HR / not in HR / leavers), identities to check

const SEGMENTS = [
  { key: 'known', label: 'In HR', color: 'var(--mantine-color-indigo-5)' },
  { key: 'unknown', label: 'Not in HR', color: 'var(--mantine-color-orange-5)' },
  { key: 'leavers', label: 'Leavers after end date', color: 'var(--mantine-color-red-7)' },
] as const;

function TopShadowChart({ onOpen }: { onOpen: (id: string) => void }) {
  const query = { status: 'shadow', sort: '-users', page: 1, pageSize: 8 };
  const { data, isLoading } = useQuery({ queryKey: ['discovery', 'top', query], queryFn: () => api.get<Page<DiscoveredApp>>('/api/discovery/apps', query) });
  const items = (data?.items ?? []).filter((a) => a.users > 0);
  const max = Math.max(1, ...items.map((a) => a.users));
  return (
    <Paper withBorder radius="md" p="md" h="100%" data-testid="shadow-chart">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Text fw={600}>Shadow IT by people</Text>
        <Group gap="sm" wrap="nowrap">
          {SEGMENTS.map((s) => (
            <Group key={s.key} gap={5} wrap="nowrap">
              <Box w={10} h={10} style={{ borderRadius: 3, background: s.color }} />
              <Text size="xs" c="dimmed">
                {s.label}
              </Text>
            </Group>
          ))}
        </Group>
      </Group>
      {isLoading ? (
        <Stack gap={10}>
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} h={16} w={`${90 - i * 15}%`} />
          ))}
        </Stack>
      ) : items.length === 0 ? (
        <Group gap="xs" py="lg" justify="center">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" />
          <Text size="sm" c="dimmed">
            No shadow IT with people signing in: every such app is in the inventory, known or set aside.
          </Text>
        </Group>
      ) : (
        <Stack gap={7}>
          {items.map((a) => {
            const leavers = Math.min(a.leaverUsers, a.users);
            const unknown = Math.min(a.unknownUsers, a.users - leavers);
            const parts = { known: a.users - leavers - unknown, unknown, leavers };
            return (
              <UnstyledButton key={a.catalogAppId} onClick={() => onOpen(a.catalogAppId)} className="tandem-row-clickable" px={6} py={2} style={{ borderRadius: 6 }} data-testid="chart-bar" aria-label={`${a.name}: ${formatCount(a.users, 'person', 'people')}`}>
                <Group gap="sm" wrap="nowrap">
                  <Text size="sm" fw={500} w={150} truncate title={a.name}>
                    {a.name}
                  </Text>
                  <Box style={{ flex: 1, minWidth: 0 }}>
                    <Group gap={0} wrap="nowrap" w={`${Math.max(3, (a.users / max) * 100)}%`} h={14} style={{ borderRadius: 4, overflow: 'hidden' }}>
                      {SEGMENTS.map((s) =>
                        parts[s.key] > 0 ? (
                          <Tooltip key={s.key} label={`${s.label}: ${parts[s.key]}`}>
                            <Box h="100%" style={{ flex: parts[s.key], background: s.color }} />
                          </Tooltip>
                        ) : null,
                      )}
                    </Group>
                  </Box>
                  <Text size="sm" fw={600} w={36} ta="right" style={num}>
                    {a.users.toLocaleString()}
                  </Text>
                </Group>
              </UnstyledButton>
            );
          })}
          {data && data.total > items.length && (
            <Text size="xs" c="dimmed" mt={4}>
              Top {items.length} of {formatCount(data.total, 'shadow app')}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function IdentitiesCard({ summary, onShow }: { summary: DiscoverySummary | undefined; onShow: () => void }) {
  const query = { status: usersStatus(undefined), sort: '-lastSeen', page: 1, pageSize: 5 };
  const { data, isLoading } = useQuery({ queryKey: ['discovery', 'users', query], queryFn: () => api.get<Page<DiscoveredUser>>('/api/discovery/users', query) });
  const total = (summary?.usersNotInHr ?? 0) + (summary?.leaversAfterEnd ?? 0);
  return (
    <Paper withBorder radius="md" p="md" h="100%" data-testid="identities-card">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Text fw={600}>Identities to check</Text>
        {total > 0 && (
          <Anchor component="button" size="sm" onClick={onShow} data-testid="show-identities">
            <Group gap={4} wrap="nowrap">
              All {total.toLocaleString()}
              <IconArrowRight size={14} />
            </Group>
          </Anchor>
        )}
      </Group>
      {isLoading ? (
        <Stack gap={10}>
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} h={16} />
          ))}
        </Stack>
      ) : !data?.items.length ? (
        <Group gap="xs" py="lg" justify="center">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" />
          <Text size="sm" c="dimmed">
            Everyone signing in is in the HR list.
          </Text>
        </Group>
      ) : (
        <Stack gap={8}>
          {data.items.map((u) => (
            <Group key={u.userKey} justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} miw={0}>
                <Text size="sm" fw={500} truncate>
                  {u.userName ?? u.person?.name ?? u.userKey}
                </Text>
                <Text size="xs" c="dimmed" truncate title={u.appNames.join(', ')}>
                  {u.userKey} · {u.appNames.slice(0, 3).join(', ')}
                  {u.apps > 3 ? ` +${u.apps - 3}` : ''}
                </Text>
              </Stack>
              <Badge size="sm" variant="light" color={u.status === 'leaver_after_end' ? 'red' : 'orange'} style={{ flexShrink: 0 }}>
                {u.status === 'leaver_after_end' ? 'Leaver' : 'Not in HR'}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

// ---------------------------------------------------------------------------------------------------
// The apps table

function buildColumns(onAdded: (a: Added) => void) {
  return [
    col.accessor('name', {
      header: 'App',
      meta: { sortKey: 'name' },
      cell: (c) => {
        const a = c.row.original;
        return (
          <Stack gap={0} maw={210}>
            <Text size="sm" fw={600} truncate title={a.name} data-testid="discovered-app-name">
              {a.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {a.inventory
                ? `Inventory: ${lifecycleLabel(a.inventory.lifecycleStatus)}`
                : a.departments.length
                  ? a.departments.slice(0, 2).map((d) => d.name).join(', ') + (a.departments.length > 2 ? ` +${a.departments.length - 2}` : '')
                  : a.catalogAppId}
            </Text>
          </Stack>
        );
      },
    }),
    col.accessor('status', { header: 'Status', cell: (c) => <DiscoveryStatusBadge status={c.getValue()} /> }),
    col.accessor('sources', { header: 'Found in', cell: (c) => <SourceBadges sources={c.getValue()} size="xs" /> }),
    col.accessor('users', {
      header: 'People',
      meta: { sortKey: 'users', align: 'right' },
      cell: (c) => {
        const a = c.row.original;
        return (
          <Stack gap={0} align="flex-end">
            {a.users > 0 ? (
              <Text size="sm" fw={600} style={num}>
                {a.users.toLocaleString()}
              </Text>
            ) : (
              <Tooltip label="Nobody signed in to it or granted it access: found in spend only">
                <Text size="sm" c="dimmed">
                  —
                </Text>
              </Tooltip>
            )}
            {a.unknownUsers > 0 && (
              <Tooltip label="Signed in, but not in the HR list">
                <Text size="xs" c="orange.8" fw={500} data-testid="warn-not-in-hr">
                  {a.unknownUsers} not in HR
                </Text>
              </Tooltip>
            )}
            {a.leaverUsers > 0 && (
              <Tooltip label="Left the company and signed in after the end date">
                <Text size="xs" c="red.7" fw={600} data-testid="warn-leavers">
                  {formatCount(a.leaverUsers, 'leaver')}
                </Text>
              </Tooltip>
            )}
          </Stack>
        );
      },
    }),
    col.accessor('lastSeen', {
      header: 'Seen',
      meta: { sortKey: 'lastSeen' },
      cell: (c) => (
        <Tooltip label={`First seen ${formatDateTime(c.row.original.firstSeen)} · last seen ${formatDateTime(c.getValue())}`}>
          <Stack gap={0}>
            <Text size="sm">{formatWhen(c.getValue())}</Text>
            <Text size="xs" c="dimmed">
              since {formatDate(c.row.original.firstSeen)}
            </Text>
          </Stack>
        </Tooltip>
      ),
    }),
    col.accessor('spend', { header: 'Spend', meta: { sortKey: 'spend', align: 'right' }, cell: (c) => <SpendText spend={c.getValue()} /> }),
    col.accessor('grantRisk', {
      header: 'Grants',
      cell: (c) => {
        const a = c.row.original;
        if (!a.grants)
          return (
            <Text size="sm" c="dimmed">
              —
            </Text>
          );
        return (
          <Stack gap={2} align="flex-start">
            {a.grantRisk ? <RiskBadge risk={a.grantRisk} /> : <Badge size="sm" variant="outline" color="gray">Revoked</Badge>}
            <Text size="xs" c="dimmed">
              {formatCount(a.activeGrants, 'active grant')}
            </Text>
          </Stack>
        );
      },
    }),
    col.display({
      id: 'actions',
      header: '',
      meta: { align: 'right', sticky: 'right' },
      cell: (c) => <AppActions app={c.row.original} onAdded={onAdded} />,
    }),
  ];
}

function AppsView({ search, update, onOpen, onAdded }: { search: DiscoverySearch; update: (patch: Partial<DiscoverySearch>, resetPage?: boolean) => unknown; onOpen: (id: string) => void; onAdded: (a: Added) => void }) {
  const can = useCan();
  const canWrite = can('discovery.write');
  const status = statusParam(search.status);
  const filterQuery = { q: search.q, status, source: search.source, sort: search.sort };
  const query = useMemo(() => ({ q: search.q, status: statusParam(search.status), source: search.source, sort: search.sort, page: search.page ?? 1, pageSize: PAGE_SIZE }), [search]);
  const list = useQuery({
    queryKey: ['discovery', 'apps', query],
    queryFn: () => api.get<Page<DiscoveredApp>>('/api/discovery/apps', query),
    placeholderData: (prev) => prev,
  });
  const columns = useMemo(() => buildColumns(onAdded), [onAdded]);
  const filtered = Boolean(search.q || search.source);
  const clear = () => update({ q: undefined, source: undefined });
  const tab = search.status && STATUS_TABS.some((t) => t.value === search.status) ? search.status : 'shadow';

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <SegmentedControl data={STATUS_TABS} value={tab} onChange={(v) => update({ status: v === 'shadow' ? undefined : v })} data-testid="status-tabs" />
        <ExportMenu path="/api/discovery/apps" query={filterQuery} />
      </Group>
      <Group gap="xs" wrap="wrap">
        <SearchInput value={search.q} onSearch={(q) => update({ q })} placeholder="Search app…" w={240} testId="discovery-search" />
        <SingleFilter label="Found in" options={APP_SOURCE_OPTIONS} value={search.source} onChange={(source) => update({ source })} testId="filter-source" />
        <Select
          data={SORTS}
          value={SORTS.some((s) => s.value === search.sort) ? search.sort : search.sort ? null : 'newest'}
          placeholder="Sorted by column"
          onChange={(v) => update({ sort: !v || v === 'newest' ? undefined : v })}
          allowDeselect={false}
          w={170}
          leftSection={<Text size="xs" c="dimmed" pl={4}>Sort</Text>}
          leftSectionWidth={40}
          aria-label="Sort"
          data-testid="discovery-sort"
        />
        {filtered && (
          <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={15} />} onClick={clear}>
            Clear
          </Button>
        )}
      </Group>
      {list.error && (
        <Text c="red" size="sm">
          Could not load the discovered apps: {list.error.message}
        </Text>
      )}
      <DataTable
        {...listTableProps(list, search, update)}
        columns={columns}
        getRowId={(a) => a.catalogAppId}
        // One status per tab: the badge only tells rows apart under "All".
        columnVisibility={{ status: tab === 'all' }}
        defaultSort="newest"
        onRowClick={(a) => onOpen(a.catalogAppId)}
        testId="discovered-table"
        rowTestId="discovered-app"
        minWidth={canWrite ? 1120 : 900}
        horizontalSpacing="sm"
        empty={
          filtered ? (
            <EmptyState icon={<IconRadar size={26} />} title="No apps match" actions={<Button variant="light" onClick={clear}>Clear filters</Button>}>
              Try another search or remove the source filter.
            </EmptyState>
          ) : tab === 'shadow' ? (
            <EmptyState icon={<IconCircleCheck size={26} />} title="No shadow IT right now">
              Every app found is in the inventory, known or set aside. New sign-in logs or card statements may bring more.
            </EmptyState>
          ) : (
            <EmptyState icon={<IconRadar size={26} />} title={`No apps are “${STATUS_TABS.find((t) => t.value === tab)?.label}”`}>
              Decisions you take on shadow IT land here.
            </EmptyState>
          )
        }
      />
    </Stack>
  );
}

// ---------------------------------------------------------------------------------------------------

function NothingImported() {
  const can = useCan();
  return (
    <Paper withBorder radius="md">
      <EmptyState
        icon={<IconFileImport size={26} />}
        title="Nothing discovered yet"
        testId="discovery-empty"
        actions={
          can('import.read') && (
            <Button component={Link} to="/imports" leftSection={<IconFileImport size={16} />}>
              Go to Imports
            </Button>
          )
        }
      >
        Import an Okta System Log, an Entra ID sign-in export or a Google Workspace Reports file (login or token activities) on the Imports page. Tandem finds the apps people
        sign in to or grant access to, flags those nobody approved, and spots identities that are not in the HR list. Card statements add the spend.
      </EmptyState>
    </Paper>
  );
}

/** Shadow IT with its evidence: apps found in sign-ins, grants and spend, and the identities behind them. */
export function DiscoveryPage() {
  usePageTitle('Discovered apps');
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = searchPatcher<DiscoverySearch>(navigate);
  const [added, setAdded] = useState<Added | null>(null);
  const summary = useQuery({ enabled: can('discovery.read'), queryKey: ['discovery', 'summary'], queryFn: () => api.get<DiscoverySummary>('/api/discovery/summary') });
  const s = summary.data;
  const view = search.view ?? 'apps';
  const open = (id: string) => update({ app: id }, false);
  const onAdded = useMemo(() => (a: Added) => setAdded(a), []);
  if (!can('discovery.read')) return <NotFound what="page" />;
  const empty = s && s.apps === 0 && s.usersNotInHr === 0 && s.leaversAfterEnd === 0;

  return (
    <>
      <PageHeader
        title="Discovered apps"
        testId="discovery-title"
        description={
          s
            ? s.signinImports
              ? `Apps people sign in to, grant access to or pay for · ${formatCount(s.signinImports, 'sign-in import')}, the last ${formatWhen(s.lastImportAt)}`
              : 'Apps found in card spend · import a sign-in log to see who uses what'
            : ' '
        }
        actions={
          can('import.read') && (
            <Button component={Link} to="/imports" variant="default" leftSection={<IconFileImport size={16} />}>
              Import a sign-in log
            </Button>
          )
        }
      />
      {summary.error && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} mb="md">
          Could not load the discovery summary: {summary.error.message}
        </Alert>
      )}
      {empty ? (
        <NothingImported />
      ) : (
        <>
          <Summary s={s} />
          <Grid gap="sm" mb="lg">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <TopShadowChart onOpen={open} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <IdentitiesCard summary={s} onShow={() => update({ view: 'identities', q: undefined, sort: undefined })} />
            </Grid.Col>
          </Grid>
          {added && (
            <Alert
              color="teal"
              variant="light"
              icon={<IconCircleCheck size={18} />}
              withCloseButton
              onClose={() => setAdded(null)}
              mb="sm"
              data-testid="added-banner"
              title={`${added.name} is in the inventory`}
            >
              <Group gap="xs">
                <Text size="sm">
                  {added.created ? 'Created' : 'Moved'} as “{lifecycleLabel(added.lifecycleStatus)}”: assign an owner and finish the review there.
                </Text>
                <AnchorLink to="/apps/$appId" params={{ appId: added.appId }} size="sm" fw={600} data-testid="added-app-link">
                  Open {added.name} →
                </AnchorLink>
              </Group>
            </Alert>
          )}
          <Tabs value={view} onChange={(v) => update({ view: v === 'identities' ? 'identities' : undefined, q: undefined, sort: undefined, status: undefined, source: undefined, who: undefined })} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="apps" leftSection={<IconRadar size={15} />} data-testid="view-apps">
                Apps
                {s ? (
                  <Badge size="xs" variant="light" color="orange" ml={6}>
                    {s.shadow} shadow
                  </Badge>
                ) : null}
              </Tabs.Tab>
              <Tabs.Tab value="identities" leftSection={<IconUserQuestion size={15} />} data-testid="view-identities">
                Identities
                {s && s.usersNotInHr + s.leaversAfterEnd > 0 ? (
                  <Badge size="xs" variant="light" color="red" ml={6}>
                    {s.usersNotInHr + s.leaversAfterEnd}
                  </Badge>
                ) : null}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="apps">
              <AppsView search={search} update={update} onOpen={open} onAdded={onAdded} />
            </Tabs.Panel>
            <Tabs.Panel value="identities">
              <DiscoveryUsers search={search} update={update} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
      <DiscoveredAppDrawer catalogAppId={search.app} onClose={() => update({ app: undefined }, false)} onAdded={onAdded} />
    </>
  );
}
