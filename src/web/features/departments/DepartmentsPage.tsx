import { Text } from '@mantine/core';
import { IconBuilding } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Department } from '../../../shared/schemas/org.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ExportMenu } from '../../components/ExportMenu.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SearchInput } from '../../components/SearchInput.js';
import { formatCount } from '../../lib/format.js';
import type { ListSearch } from '../../lib/search.js';
import { listTableProps, PAGE_SIZE, searchPatcher, useList } from '../../lib/useList.js';
import { PersonCell } from '../apps/cells.js';
import { usePageTitle } from '../../lib/title.js';

const route = getRouteApi('/_app/departments');
const col = createColumnHelper<Department>();
const num = (n: number) => <Text size="sm">{n.toLocaleString()}</Text>;

const columns = [
  col.accessor('name', {
    header: 'Department',
    meta: { sortKey: 'name' },
    cell: (c) => (
      <AnchorLink to="/apps" search={{ department: c.row.original.id }} fw={600} size="sm" c="dark" underline="hover">
        {c.getValue()}
      </AnchorLink>
    ),
  }),
  col.accessor('head', { header: 'Head', cell: (c) => <PersonCell person={c.getValue()} /> }),
  col.accessor('peopleCount', { header: 'People', meta: { sortKey: 'peopleCount', align: 'right' }, cell: (c) => num(c.getValue()) }),
  col.accessor('activeCount', { header: 'Active', meta: { align: 'right' }, cell: (c) => num(c.getValue()) }),
  col.accessor('appCount', { header: 'Apps', meta: { sortKey: 'appCount', align: 'right' }, cell: (c) => <Text size="sm" fw={600} c="indigo.7">{c.getValue().toLocaleString()}</Text> }),
];

export function DepartmentsPage() {
  usePageTitle('Departments');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = searchPatcher<ListSearch>(navigate);
  const query = useMemo(() => ({ q: search.q, sort: search.sort, page: search.page ?? 1, pageSize: PAGE_SIZE }), [search]);
  const { data, isLoading, isFetching } = useList<Department>('departments', '/api/departments', query);
  return (
    <>
      <PageHeader title="Departments" description={data ? `${formatCount(data.total, 'department')} · click one to see its apps` : ' '} actions={<ExportMenu path="/api/departments" query={query} />} />
      <SearchInput value={search.q} onSearch={(q) => update({ q })} placeholder="Search departments…" w={280} mb="sm" testId="departments-search" />
      <DataTable
        {...listTableProps({ data, isLoading, isFetching }, search, update)}
        columns={columns}
        getRowId={(d) => d.id}
        defaultSort="name"
        onRowClick={(d) => navigate({ to: '/apps', search: { department: d.id } })}
        testId="departments-table"
        minWidth={640}
        empty={
          <EmptyState icon={<IconBuilding size={26} />} title={search.q ? 'No department matches' : 'No departments yet'}>
            {search.q ? 'Try another name.' : 'Departments come with your people import; apps are then linked to the teams that use them.'}
          </EmptyState>
        }
      />
    </>
  );
}
