import { Button, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { IconFileImport, IconFilterOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { ImportSummary } from '../../../shared/schemas/imports.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ExportMenu } from '../../components/ExportMenu.js';
import { MultiFilter } from '../../components/FilterButton.js';
import { NotFound } from '../../components/NotFound.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SearchInput } from '../../components/SearchInput.js';
import { api, type Page } from '../../lib/api.js';
import { formatBytes, formatCount, formatDateTime, formatWhen } from '../../lib/format.js';
import { joinList, list } from '../../lib/search.js';
import { useCan, useSession } from '../../lib/session.js';
import { usePageTitle } from '../../lib/title.js';
import { listTableProps, PAGE_SIZE, searchPatcher } from '../../lib/useList.js';
import type { ImportsSearch } from '../../router.js';
import { FORMAT_OPTIONS, ImportStateBadge, isActive, STATE_OPTIONS } from './shared.js';
import { UploadZone } from './UploadZone.js';

const route = getRouteApi('/_app/imports');
/**
 * The API's format filter. `?format=` is also the list routes' export switch (csv|json), so the
 * filter cannot share that name: the server reads it as `type`.
 */
const FORMAT_FILTER = 'type';
const col = createColumnHelper<ImportSummary>();

const num = (n: number, color?: string) => (
  <Text size="sm" c={n ? color : 'dimmed'} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
    {n.toLocaleString()}
  </Text>
);

const columns = [
  col.accessor('fileName', {
    header: 'File',
    meta: { sortKey: 'fileName' },
    cell: (c) => (
      <Stack gap={0} maw={300}>
        <Text size="sm" fw={600} truncate title={c.getValue()}>
          {c.getValue()}
        </Text>
        <Text size="xs" c="dimmed">
          {formatBytes(c.row.original.fileSize)}
        </Text>
      </Stack>
    ),
  }),
  col.accessor('formatLabel', {
    header: 'Format',
    cell: (c) => (
      <Text size="sm" c={c.row.original.format === 'pending' ? 'dimmed' : undefined} truncate maw={220} title={c.getValue()}>
        {c.getValue()}
      </Text>
    ),
  }),
  col.accessor('state', {
    header: 'State',
    cell: (c) => {
      const i = c.row.original;
      if (i.state === 'running')
        return (
          <Stack gap={4} w={130}>
            <ImportStateBadge state={i.state} />
            <Progress value={i.progress.fraction * 100} size="xs" radius="xl" />
          </Stack>
        );
      return (
        <Tooltip label={i.error} disabled={!i.error} multiline maw={360}>
          <ImportStateBadge state={i.state} />
        </Tooltip>
      );
    },
  }),
  col.accessor('rowsImported', { header: 'Imported', meta: { align: 'right' }, cell: (c) => num(c.getValue()) }),
  col.accessor('rowsDuplicate', { header: 'Duplicates', meta: { align: 'right' }, cell: (c) => num(c.getValue()) }),
  col.accessor('rowsBad', { header: 'Bad rows', meta: { align: 'right' }, cell: (c) => num(c.getValue(), 'red.7') }),
  col.accessor('createdBy', { header: 'By', cell: (c) => <Text size="sm">{c.getValue() ?? '—'}</Text> }),
  col.accessor('createdAt', {
    header: 'When',
    meta: { sortKey: 'createdAt' },
    cell: (c) => (
      <Tooltip label={formatDateTime(c.getValue())}>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatWhen(c.getValue())}
        </Text>
      </Tooltip>
    ),
  }),
];

export function ImportsPage() {
  usePageTitle('Imports');
  const can = useCan();
  const { user } = useSession();
  // Imports change the whole organisation: the server refuses department-scoped accounts.
  const canWrite = can('import.write') && user.departmentScope.length === 0;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = searchPatcher<ImportsSearch>(navigate);
  const query = useMemo(
    () => ({ q: search.q, state: search.state, [FORMAT_FILTER]: search.format, sort: search.sort, page: search.page ?? 1, pageSize: PAGE_SIZE }),
    [search],
  );
  const imports = useQuery({
    enabled: can('import.read'),
    queryKey: ['imports', 'list', query],
    queryFn: () => api.get<Page<ImportSummary>>('/api/imports', query),
    placeholderData: (prev) => prev,
    // Follow running imports in the list.
    refetchInterval: (q) => (q.state.data?.items.some((i) => isActive(i.state)) ? 1500 : false),
  });
  const { data, error } = imports;
  const filtered = Boolean(search.q || search.state || search.format);
  const clear = () => update({ q: undefined, state: undefined, format: undefined });
  if (!can('import.read')) return <NotFound what="page" />;

  return (
    <>
      <PageHeader
        title="Imports"
        description={data ? `${formatCount(data.total, 'import')}${filtered ? ' match' : ' · card statements, bank files, sign-in logs, HR lists and app lists'}` : ' '}
        actions={<ExportMenu path="/api/imports" query={{ q: search.q, state: search.state, [FORMAT_FILTER]: search.format, sort: search.sort }} />}
      />
      {canWrite && <UploadZone />}
      <Group gap="xs" mb="sm" wrap="wrap">
        <SearchInput value={search.q} onSearch={(q) => update({ q })} placeholder="Search file name…" w={260} testId="imports-search" />
        <MultiFilter label="State" options={STATE_OPTIONS} value={list(search.state)} onChange={(v) => update({ state: joinList(v) })} testId="filter-state" />
        <MultiFilter label="Format" options={FORMAT_OPTIONS} value={list(search.format)} onChange={(v) => update({ format: joinList(v) })} testId="filter-format" />
        {filtered && (
          <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={15} />} onClick={clear}>
            Clear
          </Button>
        )}
      </Group>
      {error && (
        <Text c="red" size="sm" mb="sm">
          {error.message}
        </Text>
      )}
      <DataTable
        {...listTableProps(imports, search, update)}
        columns={columns}
        getRowId={(r) => r.id}
        defaultSort="-createdAt"
        onRowClick={(r) => void navigate({ to: '/imports/$importId', params: { importId: r.id } })}
        testId="imports-table"
        rowTestId="import-row"
        minWidth={1000}
        horizontalSpacing="sm"
        empty={
          filtered ? (
            <EmptyState icon={<IconFileImport size={26} />} title="No imports match" actions={<Button variant="light" onClick={clear}>Clear filters</Button>}>
              Try another search or remove a filter.
            </EmptyState>
          ) : (
            <EmptyState icon={<IconFileImport size={26} />} title="Nothing imported yet">
              {canWrite
                ? 'Drop a card statement, bank file (OFX, camt.053), HR list or app list here. Tandem recognises the format, matches each line to an app and keeps the bad rows in a report.'
                : 'Someone with import rights (IT admin or finance) uploads card statements, bank files, sign-in logs, HR lists and app lists here.'}
            </EmptyState>
          )
        }
      />
    </>
  );
}
