import { Box, Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconApps, IconFilterOff, IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense, useMemo } from 'react';
import { ColumnChooser, useColumnVisibility } from '../../components/ColumnChooser.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ExportMenu } from '../../components/ExportMenu.js';
import { PageHeader } from '../../components/PageHeader.js';
import { formatCount } from '../../lib/format.js';
import { useCan } from '../../lib/session.js';
import { listTableProps, PAGE_SIZE } from '../../lib/useList.js';
import type { AppsSearch } from '../../router.js';
import { useAppList } from './api.js';
import { APP_COLUMN_OPTIONS, appColumns } from './appColumns.js';
import { FILTER_KEYS, hasFilters, InventoryFilters } from './InventoryFilters.js';
import { usePageTitle } from '../../lib/title.js';

const NewAppModal = lazy(() => import('./NewAppModal.js').then((m) => ({ default: m.NewAppModal })));
const route = getRouteApi('/_app/apps');

/** The API query for the current URL: filters, paging and sort. */
export function appListQuery(s: AppsSearch) {
  return {
    q: s.q,
    status: s.status,
    category: s.category,
    department: s.department,
    owner: s.owner,
    dataClass: s.dataClass,
    sso: s.sso,
    attestationExpiringDays: s.expiring,
    sort: s.sort,
    page: s.page ?? 1,
    pageSize: PAGE_SIZE,
  };
}

export function InventoryPage() {
  usePageTitle('Inventory');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const can = useCan();
  const [newOpen, newApp] = useDisclosure(false);
  const query = useMemo(() => appListQuery(search), [search]);
  const { data, isLoading, isFetching, error } = useAppList(query);
  const { visibility, setVisibility, reset } = useColumnVisibility('tandem.inventory.columns', APP_COLUMN_OPTIONS);

  const update = (patch: Partial<AppsSearch>, resetPage = true) =>
    navigate({ search: (prev) => ({ ...prev, ...patch, ...(resetPage ? { page: undefined } : {}) }), replace: true });
  const filtered = hasFilters(search);
  const canCreate = can('app.create');

  return (
    <>
      <PageHeader
        title="Inventory"
        description={
          <span data-testid="apps-count">{data ? `${formatCount(data.total, 'app')}${filtered ? (data.total === 1 ? ' found to match your filters' : ' match your filters') : ' in your stack'}` : isLoading ? 'Loading…' : ''}</span>
        }
        actions={
          <>
            <ColumnChooser columns={APP_COLUMN_OPTIONS} visibility={visibility} onChange={setVisibility} onReset={reset} />
            <ExportMenu path="/api/apps" query={query} />
            {canCreate && (
              <Button leftSection={<IconPlus size={16} />} onClick={newApp.open} data-testid="new-app">
                New app
              </Button>
            )}
          </>
        }
      />
      <Box mb="sm">
        <InventoryFilters search={search} onChange={(p) => update(p)} />
      </Box>
      {error && (
        <Text c="red" size="sm" mb="sm">
          Could not load apps: {error.message}
        </Text>
      )}
      <DataTable
        {...listTableProps({ data, isLoading, isFetching }, search, update)}
        columns={appColumns}
        getRowId={(a) => a.id}
        defaultSort="name"
        columnVisibility={visibility}
        onRowClick={(a) => navigate({ to: '/apps/$appId', params: { appId: a.id } })}
        testId="apps-table"
        rowTestId="app-row"
        minWidth={1000}
        empty={
          filtered ? (
            <EmptyState
              icon={<IconFilterOff size={26} />}
              title="No apps match these filters"
              actions={
                <Button variant="light" onClick={() => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])))}>
                  Clear filters
                </Button>
              }
            >
              Try a broader search or remove a filter. Apps outside your department scope are not shown.
            </EmptyState>
          ) : (
            <EmptyState
              icon={<IconApps size={26} />}
              title="Your inventory is empty"
              actions={
                canCreate && (
                  <Button leftSection={<IconPlus size={16} />} onClick={newApp.open}>
                    Add your first app
                  </Button>
                )
              }
            >
              Add the tools your teams use, one at a time. Importing from your identity provider, finance exports and sign-in logs comes with Discovery.
            </EmptyState>
          )
        }
      />
      {newOpen && (
        <Suspense fallback={null}>
          <NewAppModal opened={newOpen} onClose={newApp.close} />
        </Suspense>
      )}
    </>
  );
}
