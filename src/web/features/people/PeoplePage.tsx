import { Button, Group, Text } from '@mantine/core';
import { IconFilterOff, IconUsers } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Person } from '../../../shared/schemas/org.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ExportMenu } from '../../components/ExportMenu.js';
import { MultiFilter } from '../../components/FilterButton.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SearchInput } from '../../components/SearchInput.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { formatCount } from '../../lib/format.js';
import { useDepartmentOptions } from '../../lib/queries.js';
import { joinList, list } from '../../lib/search.js';
import { listTableProps, PAGE_SIZE, searchPatcher, useList } from '../../lib/useList.js';
import type { PeopleSearch } from '../../router.js';
import { PersonCell } from '../apps/cells.js';
import { usePageTitle } from '../../lib/title.js';

const route = getRouteApi('/_app/people');
const col = createColumnHelper<Person>();
const STATUS = [
  { value: 'active', label: 'Active' },
  { value: 'leaver', label: 'Leaver' },
];

const columns = [
  col.accessor('name', {
    header: 'Name',
    meta: { sortKey: 'name' },
    cell: (c) => (
      <AnchorLink to="/people/$personId" params={{ personId: c.row.original.id }} fw={600} size="sm" c="dark" underline="hover">
        {c.getValue()}
      </AnchorLink>
    ),
  }),
  col.accessor('email', { header: 'E-mail', meta: { sortKey: 'email' }, cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
  col.accessor('title', { header: 'Title', cell: (c) => <Text size="sm">{c.getValue() ?? '—'}</Text> }),
  col.accessor('department', { header: 'Department', meta: { sortKey: 'department' }, cell: (c) => <Text size="sm">{c.getValue()?.name ?? '—'}</Text> }),
  col.accessor('manager', { header: 'Manager', cell: (c) => <PersonCell person={c.getValue()} /> }),
  col.accessor('status', { header: 'Status', cell: (c) => <StatusBadge kind="person" value={c.getValue()} /> }),
  col.accessor('ownedApps', { header: 'Owned apps', meta: { align: 'right' }, cell: (c) => <Text size="sm">{c.getValue() || '—'}</Text> }),
];

export function PeoplePage() {
  usePageTitle('People');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = searchPatcher<PeopleSearch>(navigate);
  const departments = useDepartmentOptions();
  const query = useMemo(() => ({ q: search.q, department: search.department, status: search.status, sort: search.sort, page: search.page ?? 1, pageSize: PAGE_SIZE }), [search]);
  const { data, isLoading, isFetching } = useList<Person>('people', '/api/people', query);
  const filtered = Boolean(search.q || search.department || search.status);
  const clear = () => update({ q: undefined, department: undefined, status: undefined });

  return (
    <>
      <PageHeader title="People" description={data ? `${formatCount(data.total, 'person', 'people')}${filtered ? ' match' : ' in the directory'}` : ' '} actions={<ExportMenu path="/api/people" query={query} />} />
      <Group gap="xs" mb="sm">
        <SearchInput value={search.q} onSearch={(q) => update({ q })} placeholder="Search name, e-mail, title…" w={280} testId="people-search" />
        <MultiFilter label="Department" options={departments} value={list(search.department)} onChange={(v) => update({ department: joinList(v) })} searchable testId="filter-department" />
        <MultiFilter label="Status" options={STATUS} value={list(search.status)} onChange={(v) => update({ status: joinList(v) })} testId="filter-status" />
        {filtered && (
          <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={15} />} onClick={clear}>
            Clear
          </Button>
        )}
      </Group>
      <DataTable
        {...listTableProps({ data, isLoading, isFetching }, search, update)}
        columns={columns}
        getRowId={(p) => p.id}
        defaultSort="name"
        onRowClick={(p) => navigate({ to: '/people/$personId', params: { personId: p.id } })}
        testId="people-table"
        empty={
          <EmptyState icon={<IconUsers size={26} />} title={filtered ? 'Nobody matches' : 'No people yet'} actions={filtered && <Button variant="light" onClick={clear}>Clear filters</Button>}>
            {filtered ? 'Try another search or remove a filter.' : 'People arrive from your HR or identity-provider import; owners of apps are chosen from this directory.'}
          </EmptyState>
        }
      />
    </>
  );
}
