import { Button, Code, Group, Text, Tooltip } from '@mantine/core';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { ApiToken } from '../../../shared/schemas/org.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ExportMenu } from '../../components/ExportMenu.js';
import { NotFound } from '../../components/NotFound.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SearchInput } from '../../components/SearchInput.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { api } from '../../lib/api.js';
import { notifySuccess } from '../../lib/errors.js';
import { dayjs, formatCount, formatDate, formatDateTime, formatWhen } from '../../lib/format.js';
import type { ListSearch } from '../../lib/search.js';
import { useCan } from '../../lib/session.js';
import { listTableProps, PAGE_SIZE, searchPatcher, useList } from '../../lib/useList.js';
import { RoleBadge, ScopeCell } from './shared.js';
import { TokenModal } from './TokenModal.js';
import { usePageTitle } from '../../lib/title.js';

const route = getRouteApi('/_app/admin/tokens');
const col = createColumnHelper<ApiToken>();

function tokenStatus(t: ApiToken): 'active' | 'expired' | 'revoked' {
  if (t.revokedAt) return 'revoked';
  if (t.expiresAt && dayjs(t.expiresAt).isBefore(dayjs())) return 'expired';
  return 'active';
}

const when = (iso: string | null, empty = '—') => (
  <Tooltip label={formatDateTime(iso)} disabled={!iso}>
    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
      {iso ? formatWhen(iso) : empty}
    </Text>
  </Tooltip>
);

function RevokeButton({ token }: { token: ApiToken }) {
  const qc = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => api.post<ApiToken>(`/api/tokens/${token.id}/revoke`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['tokens'] });
      notifySuccess(`${token.name} was revoked; requests using it now fail.`, 'Token revoked');
    },
  });
  return (
    <ConfirmButton title={`Revoke “${token.name}”?`} message="Scripts and integrations using this token stop working immediately. This cannot be undone." confirmLabel="Revoke token" onConfirm={() => revoke.mutateAsync()}>
      {(open) => (
        <Button size="xs" variant="subtle" color="red" onClick={open} data-testid="revoke-token">
          Revoke
        </Button>
      )}
    </ConfirmButton>
  );
}

const columns = [
  col.accessor('name', { header: 'Name', meta: { sortKey: 'name' }, cell: (c) => <Text size="sm" fw={600}>{c.getValue()}</Text> }),
  col.accessor('prefix', { header: 'Token', cell: (c) => <Code>{c.getValue()}…</Code> }),
  col.accessor('role', { header: 'Role', cell: (c) => <RoleBadge role={c.getValue()} /> }),
  col.accessor('departmentScope', { header: 'Scope', cell: (c) => <ScopeCell scope={c.getValue()} /> }),
  col.accessor('createdBy', { header: 'Created by', cell: (c) => <Text size="sm">{c.getValue() ?? '—'}</Text> }),
  col.accessor('createdAt', { header: 'Created', meta: { sortKey: 'createdAt' }, cell: (c) => when(c.getValue()) }),
  col.accessor('expiresAt', { header: 'Expires', cell: (c) => <Text size="sm" c="dimmed">{c.getValue() ? formatDate(c.getValue()) : 'Never'}</Text> }),
  col.accessor('lastUsedAt', { header: 'Last used', cell: (c) => when(c.getValue(), 'Never') }),
  col.display({ id: 'status', header: 'Status', cell: (c) => <StatusBadge kind="token" value={tokenStatus(c.row.original)} /> }),
  col.display({ id: 'actions', header: '', meta: { align: 'right' }, cell: (c) => (tokenStatus(c.row.original) === 'revoked' ? null : <RevokeButton token={c.row.original} />) }),
];

export function TokensPage() {
  usePageTitle('API tokens');
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = searchPatcher<ListSearch>(navigate);
  const [creating, setCreating] = useState(false);
  const query = useMemo(() => ({ q: search.q, sort: search.sort, page: search.page ?? 1, pageSize: PAGE_SIZE }), [search]);
  const { data, isLoading, isFetching } = useList<ApiToken>('tokens', '/api/tokens', query, can('token.admin'));
  if (!can('token.admin')) return <NotFound what="page" />;

  return (
    <>
      <PageHeader
        title="API tokens"
        description={data ? `${formatCount(data.total, 'token')} · for scripts, the CLI and integrations (Authorization: Bearer …)` : ' '}
        actions={
          <>
            <ExportMenu path="/api/tokens" query={query} />
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="new-token">
              New token
            </Button>
          </>
        }
      />
      <Group mb="sm">
        <SearchInput value={search.q} onSearch={(q) => update({ q })} placeholder="Search tokens…" w={280} testId="tokens-search" />
      </Group>
      <DataTable
        {...listTableProps({ data, isLoading, isFetching }, search, update)}
        columns={columns}
        getRowId={(t) => t.id}
        defaultSort="-createdAt"
        testId="tokens-table"
        rowTestId="token-row"
        minWidth={1100}
        empty={
          <EmptyState icon={<IconKey size={26} />} title="No API tokens" actions={<Button variant="light" onClick={() => setCreating(true)}>Create a token</Button>}>
            Tokens let scripts and integrations call the Tandem API with a role and scope of their own; the secret is shown once.
          </EmptyState>
        }
      />
      {creating && <TokenModal onClose={() => setCreating(false)} />}
    </>
  );
}
