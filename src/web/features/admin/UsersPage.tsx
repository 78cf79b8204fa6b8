import { Button, Group, Text, Tooltip } from '@mantine/core';
import { IconUserPlus, IconUserShield } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { ROLES, ROLE_LABELS } from '../../../shared/enums.js';
import type { User } from '../../../shared/schemas/org.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ExportMenu } from '../../components/ExportMenu.js';
import { MultiFilter } from '../../components/FilterButton.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SearchInput } from '../../components/SearchInput.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { formatCount, formatDateTime, formatWhen } from '../../lib/format.js';
import { joinList, list } from '../../lib/search.js';
import { useCan } from '../../lib/session.js';
import { listTableProps, PAGE_SIZE, searchPatcher, useList } from '../../lib/useList.js';
import type { UsersSearch } from '../../router.js';
import { NotFound } from '../../components/NotFound.js';
import { RoleBadge, ScopeCell } from './shared.js';
import { UserModal } from './UserModal.js';
import { usePageTitle } from '../../lib/title.js';

const route = getRouteApi('/_app/admin/users');
const col = createColumnHelper<User>();

const columns = [
  col.accessor('name', {
    header: 'Name',
    meta: { sortKey: 'name' },
    cell: (c) => (
      <Text size="sm" fw={600}>
        {c.getValue()}
      </Text>
    ),
  }),
  col.accessor('email', { header: 'E-mail', meta: { sortKey: 'email' }, cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
  col.accessor('role', { header: 'Role', meta: { sortKey: 'role' }, cell: (c) => <RoleBadge role={c.getValue()} /> }),
  col.accessor('departmentScope', { header: 'Scope', cell: (c) => <ScopeCell scope={c.getValue()} /> }),
  col.accessor('lastLoginAt', {
    header: 'Last sign-in',
    meta: { sortKey: 'lastLoginAt' },
    cell: (c) => (
      <Tooltip label={formatDateTime(c.getValue())} disabled={!c.getValue()}>
        <Text size="sm" c="dimmed">
          {c.getValue() ? formatWhen(c.getValue()) : 'Never'}
        </Text>
      </Tooltip>
    ),
  }),
  col.accessor('disabled', { header: 'Status', cell: (c) => <StatusBadge kind="account" value={c.getValue() ? 'disabled' : 'active'} /> }),
];

export function UsersPage() {
  usePageTitle('Users');
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = searchPatcher<UsersSearch>(navigate);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const query = useMemo(() => ({ q: search.q, role: search.role, sort: search.sort, page: search.page ?? 1, pageSize: PAGE_SIZE }), [search]);
  const { data, isLoading, isFetching } = useList<User>('users', '/api/users', query, can('user.admin'));
  if (!can('user.admin')) return <NotFound what="page" />;

  return (
    <>
      <PageHeader
        title="Users"
        description={data ? `${formatCount(data.total, 'user')} who can sign in to Tandem` : ' '}
        actions={
          <>
            <ExportMenu path="/api/users" query={query} />
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setEditing('new')} data-testid="new-user">
              New user
            </Button>
          </>
        }
      />
      <Group gap="xs" mb="sm">
        <SearchInput value={search.q} onSearch={(q) => update({ q })} placeholder="Search name or e-mail…" w={280} testId="users-search" />
        <MultiFilter label="Role" options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} value={list(search.role)} onChange={(v) => update({ role: joinList(v) })} testId="filter-role" />
      </Group>
      <DataTable
        {...listTableProps({ data, isLoading, isFetching }, search, update)}
        columns={columns}
        getRowId={(u) => u.id}
        defaultSort="name"
        onRowClick={(u) => setEditing(u)}
        testId="users-table"
        rowTestId="user-row"
        empty={
          <EmptyState icon={<IconUserShield size={26} />} title="No users match">
            Create users for the people who run the stack; give each the narrowest role and department scope that works.
          </EmptyState>
        }
      />
      {editing && <UserModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
