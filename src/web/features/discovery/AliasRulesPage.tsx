import { Badge, Button, Group, Switch, Text, Tooltip } from '@mantine/core';
import { IconArrowsSplit, IconFilterOff, IconPencil, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { AliasRule } from '../../../shared/schemas/discovery.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ExportMenu } from '../../components/ExportMenu.js';
import { MultiFilter, SingleFilter } from '../../components/FilterButton.js';
import { NotFound } from '../../components/NotFound.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SearchInput } from '../../components/SearchInput.js';
import { api } from '../../lib/api.js';
import { notifyError, notifySuccess } from '../../lib/errors.js';
import { formatCount, formatDateTime, formatWhen } from '../../lib/format.js';
import { joinList, list } from '../../lib/search.js';
import { useCan } from '../../lib/session.js';
import { usePageTitle } from '../../lib/title.js';
import { listTableProps, PAGE_SIZE, searchPatcher, useList } from '../../lib/useList.js';
import type { AliasRulesSearch } from '../../router.js';
import { AliasRuleModal } from './AliasRuleModal.js';
import { DecisionCell, KIND_OPTIONS, KindBadge, SOURCE_OPTIONS, SourcesCell } from './shared.js';

const route = getRouteApi('/_app/discovery/rules');
const col = createColumnHelper<AliasRule>();
const ENABLED_OPTIONS = [
  { value: 'true', label: 'Enabled' },
  { value: 'false', label: 'Disabled' },
];

/** Writers flip a rule on or off in place; the server refuses (409) to enable one that clashes with another enabled rule. */
function EnabledSwitch({ rule }: { rule: AliasRule }) {
  const qc = useQueryClient();
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => api.patch<AliasRule>(`/api/alias-rules/${rule.id}`, { enabled }),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['alias-rules'] });
      void qc.invalidateQueries({ queryKey: ['audit'] });
      notifySuccess(r.enabled ? `The rule for “${r.text}” applies again.` : `The rule for “${r.text}” no longer applies; it stays in the list.`, r.enabled ? 'Rule enabled' : 'Rule disabled');
    },
    onError: (e) => notifyError(e, 'The rule was not changed'),
  });
  const checked = toggle.isPending ? Boolean(toggle.variables) : rule.enabled;
  return (
    <Switch
      size="sm"
      checked={checked}
      disabled={toggle.isPending}
      onChange={(e) => toggle.mutate(e.currentTarget.checked)}
      aria-label={`${checked ? 'Disable' : 'Enable'} the rule for ${rule.text}`}
      data-testid="rule-enabled"
      data-checked={checked || undefined}
    />
  );
}

function useColumns(canWrite: boolean, onEdit: (r: AliasRule) => void) {
  return useMemo(
    () => [
      col.accessor('text', {
        header: 'Text',
        meta: { sortKey: 'text' },
        cell: (c) => (
          <Text size="sm" ff="monospace" fw={500} c={c.row.original.enabled ? undefined : 'dimmed'} td={c.row.original.enabled ? undefined : 'line-through'} truncate maw={320} title={c.getValue()}>
            {c.getValue()}
          </Text>
        ),
      }),
      col.accessor('kind', { header: 'Kind', cell: (c) => <KindBadge kind={c.getValue()} /> }),
      col.accessor('sources', { header: 'Sources', cell: (c) => <SourcesCell sources={c.getValue()} /> }),
      col.display({ id: 'decision', header: 'Decision', cell: (c) => <DecisionCell rule={c.row.original} /> }),
      col.accessor('enabled', {
        header: 'Enabled',
        cell: (c) =>
          canWrite ? (
            <EnabledSwitch rule={c.row.original} />
          ) : (
            <Badge variant="light" color={c.getValue() ? 'teal' : 'gray'} size="sm" data-testid="rule-enabled" data-checked={c.getValue() || undefined}>
              {c.getValue() ? 'Enabled' : 'Disabled'}
            </Badge>
          ),
      }),
      col.accessor('note', {
        header: 'Note',
        meta: { wrap: true },
        cell: (c) => (
          <Text size="sm" c="dimmed" lineClamp={2} maw={280} title={c.getValue() ?? undefined}>
            {c.getValue() || '—'}
          </Text>
        ),
      }),
      col.accessor('createdBy', { header: 'Created by', cell: (c) => <Text size="sm">{c.getValue() ?? '—'}</Text> }),
      col.accessor('updatedAt', {
        header: 'Updated',
        meta: { sortKey: 'updatedAt' },
        cell: (c) => (
          <Tooltip label={formatDateTime(c.getValue())}>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {formatWhen(c.getValue())}
            </Text>
          </Tooltip>
        ),
      }),
      ...(canWrite
        ? [
            col.display({
              id: 'actions',
              header: '',
              meta: { align: 'right' },
              cell: (c) => (
                <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => onEdit(c.row.original)} data-testid="edit-rule">
                  Edit
                </Button>
              ),
            }),
          ]
        : []),
    ],
    [canWrite, onEdit],
  );
}

export function AliasRulesPage() {
  usePageTitle('Alias rules');
  const can = useCan();
  const canWrite = can('discovery.write');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = searchPatcher<AliasRulesSearch>(navigate);
  const [editing, setEditing] = useState<AliasRule | 'new' | null>(null);
  const columns = useColumns(canWrite, setEditing);
  const query = useMemo(
    () => ({ q: search.q, kind: search.kind, source: search.source, enabled: search.enabled, sort: search.sort, page: search.page ?? 1, pageSize: PAGE_SIZE }),
    [search],
  );
  const { data, isLoading, isFetching, error } = useList<AliasRule>('alias-rules', '/api/alias-rules', query, can('discovery.read'));
  const filtered = Boolean(search.q || search.kind || search.source || search.enabled);
  const clear = () => update({ q: undefined, kind: undefined, source: undefined, enabled: undefined });
  if (!can('discovery.read')) return <NotFound what="page" />;

  return (
    <>
      <PageHeader
        title="Alias rules"
        description={data ? `${formatCount(data.total, 'rule')}${filtered ? ' match' : ' · what people taught the matcher; applied before the catalog'}` : ' '}
        actions={
          <>
            <ExportMenu path="/api/alias-rules" query={query} />
            {canWrite && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="new-rule">
                New rule
              </Button>
            )}
          </>
        }
      />
      <Group gap="xs" mb="sm" wrap="wrap">
        <SearchInput value={search.q} onSearch={(q) => update({ q })} placeholder="Search text or app…" w={260} testId="rules-search" />
        <MultiFilter label="Kind" options={KIND_OPTIONS} value={list(search.kind)} onChange={(v) => update({ kind: joinList(v) })} testId="filter-kind" />
        <SingleFilter label="Source" options={SOURCE_OPTIONS} value={search.source} onChange={(source) => update({ source })} testId="filter-source" />
        <SingleFilter label="Enabled" options={ENABLED_OPTIONS} value={search.enabled} onChange={(v) => update({ enabled: v === 'true' || v === 'false' ? v : undefined })} testId="filter-enabled" />
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
        {...listTableProps({ data, isLoading, isFetching }, search, update)}
        columns={columns}
        getRowId={(r) => r.id}
        defaultSort="-updatedAt"
        testId="rules-table"
        rowTestId="rule-row"
        minWidth={1150}
        empty={
          filtered ? (
            <EmptyState icon={<IconArrowsSplit size={26} />} title="No rules match" actions={<Button variant="light" onClick={clear}>Clear filters</Button>}>
              Try another search or remove a filter.
            </EmptyState>
          ) : (
            <EmptyState icon={<IconArrowsSplit size={26} />} title="No alias rules yet" actions={canWrite && <Button variant="light" onClick={() => setEditing('new')}>Add a rule</Button>}>
              Rules are learned when someone confirms or corrects a match in the review queue; they come before the catalog. You can also add one by hand.
            </EmptyState>
          )
        }
      />
      {editing && <AliasRuleModal rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
