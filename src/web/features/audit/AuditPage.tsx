import { Autocomplete, Badge, Button, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconCalendar, IconFilterOff, IconHistory, IconUser } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import type { AuditEntry } from '../../../shared/schemas/org.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { useLookup } from '../../components/ChangeList.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ExportMenu } from '../../components/ExportMenu.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SearchInput } from '../../components/SearchInput.js';
import { actionVerb, fieldLabel, KNOWN_ACTIONS, KNOWN_ENTITY_TYPES, summarizeChanges } from '../../lib/changes.js';
import { dayjs, formatCount, formatDateTime, formatWhen } from '../../lib/format.js';
import { listTableProps, PAGE_SIZE, searchPatcher, useList } from '../../lib/useList.js';
import type { AuditSearch } from '../../router.js';
import { AuditDetail } from './AuditDetail.js';
import { usePageTitle } from '../../lib/title.js';
import { useCan } from '../../lib/session.js';
import { NotFound } from '../../components/NotFound.js';

const route = getRouteApi('/_app/audit');
const col = createColumnHelper<AuditEntry>();

function actionColor(action: string): string {
  if (action.endsWith('.delete') || action.endsWith('.revoke')) return 'red';
  if (action.endsWith('.create') || action.endsWith('.upload')) return 'teal';
  if (action.startsWith('auth.')) return 'gray';
  if (action === 'app.lifecycle') return 'yellow';
  return 'indigo';
}

function useColumns() {
  const lookup = useLookup();
  return useMemo(
    () => [
      col.accessor('at', {
        header: 'When',
        meta: { sortKey: 'at', width: 150 },
        cell: (c) => (
          <Tooltip label={formatDateTime(c.getValue())}>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {formatWhen(c.getValue())}
            </Text>
          </Tooltip>
        ),
      }),
      col.accessor('actorLabel', {
        header: 'Actor',
        cell: (c) => (
          <Text size="sm" fw={500}>
            {c.getValue()}
            {c.row.original.actorType !== 'user' && (
              <Text span size="xs" c="dimmed">
                {' '}
                ({c.row.original.actorType})
              </Text>
            )}
          </Text>
        ),
      }),
      col.accessor('action', {
        header: 'Action',
        cell: (c) => (
          <Tooltip label={c.getValue()}>
            <Badge variant="light" color={actionColor(c.getValue())} size="sm" style={{ textTransform: 'none' }}>
              {actionVerb(c.getValue())}
            </Badge>
          </Tooltip>
        ),
      }),
      col.display({
        id: 'entity',
        header: 'Entity',
        cell: (c) => {
          const e = c.row.original;
          return (
            <Group gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {fieldLabel(e.entityType)}
              </Text>
              {e.appId ? (
                <AnchorLink to="/apps/$appId" params={{ appId: e.appId }} search={{ tab: 'history' }} size="sm">
                  {e.entityLabel ?? 'app'}
                </AnchorLink>
              ) : (
                <Text size="sm">{e.entityLabel ?? '—'}</Text>
              )}
            </Group>
          );
        },
      }),
      col.display({
        id: 'summary',
        header: 'Change',
        meta: { wrap: true },
        cell: (c) => (
          <Text size="sm" c="dimmed" lineClamp={1} maw={460}>
            {summarizeChanges(c.row.original, lookup) || '—'}
          </Text>
        ),
      }),
    ],
    [lookup],
  );
}

function ActorFilter({ value, onChange }: { value: string | undefined; onChange: (v: string | undefined) => void }) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const report = useDebouncedCallback((v: string) => onChange(v.trim() || undefined), 300);
  return <TextInput placeholder="Actor" leftSection={<IconUser size={15} />} w={170} value={text} onChange={(e) => { setText(e.currentTarget.value); report(e.currentTarget.value); }} data-testid="audit-actor" />;
}

/** Free text with suggestions; applied on pick, Enter or blur (not on every key). */
function SuggestFilter({ value, onChange, data, placeholder, w, testId }: { value: string | undefined; onChange: (v: string | undefined) => void; data: string[]; placeholder: string; w: number; testId: string }) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const apply = (v: string) => {
    if ((v.trim() || undefined) !== value) onChange(v.trim() || undefined);
  };
  return (
    <Autocomplete
      placeholder={placeholder}
      data={data}
      value={text}
      onChange={(v) => {
        setText(v);
        if (!v) onChange(undefined);
      }}
      onOptionSubmit={apply}
      onBlur={() => apply(text)}
      onKeyDown={(e) => e.key === 'Enter' && apply(text)}
      w={w}
      clearable
      data-testid={testId}
    />
  );
}

export function AuditPage() {
  usePageTitle('Audit log');
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = searchPatcher<AuditSearch>(navigate);
  const columns = useColumns();
  const query = useMemo(
    () => ({ q: search.q, action: search.action, entityType: search.entityType, actor: search.actor, from: search.from, to: search.to, sort: search.sort, page: search.page ?? 1, pageSize: PAGE_SIZE }),
    [search],
  );
  const { data, isLoading, isFetching, error } = useList<AuditEntry>('audit', '/api/audit', query, can('audit.read'));
  const filtered = Boolean(search.q || search.action || search.entityType || search.actor || search.from || search.to);
  const clear = () => update({ q: undefined, action: undefined, entityType: undefined, actor: undefined, from: undefined, to: undefined });
  if (!can('audit.read')) return <NotFound />;

  return (
    <>
      <PageHeader title="Audit log" description={data ? `${formatCount(data.total, 'entry', 'entries')} · append-only record of every change` : ' '} actions={<ExportMenu path="/api/audit" query={query} />} />
      <Group gap="xs" mb="sm" wrap="wrap">
        <SearchInput value={search.q} onSearch={(q) => update({ q })} placeholder="Search…" w={220} testId="audit-search" />
        <SuggestFilter placeholder="Action, e.g. app.update" data={KNOWN_ACTIONS} value={search.action} onChange={(action) => update({ action })} w={210} testId="audit-action" />
        <SuggestFilter placeholder="Entity type" data={KNOWN_ENTITY_TYPES} value={search.entityType} onChange={(entityType) => update({ entityType })} w={160} testId="audit-entity" />
        <ActorFilter value={search.actor} onChange={(actor) => update({ actor })} />
        <DatePickerInput
          type="range"
          placeholder="Date range"
          leftSection={<IconCalendar size={15} />}
          valueFormat="D MMM YYYY"
          clearable
          w={250}
          maxDate={dayjs().format('YYYY-MM-DD')}
          value={[search.from ?? null, search.to ?? null]}
          onChange={([from, to]) => {
            if ((from && to) || (!from && !to)) update({ from: from ? dayjs(from).format('YYYY-MM-DD') : undefined, to: to ? dayjs(to).format('YYYY-MM-DD') : undefined });
          }}
          data-testid="audit-dates"
        />
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
        getRowId={(e) => e.id}
        defaultSort="-at"
        onSortChange={(sort) => update({ sort: sort ?? 'at' })}
        renderExpanded={(e) => <AuditDetail entry={e} />}
        testId="audit-table"
        rowTestId="audit-row"
        minWidth={900}
        empty={
          <EmptyState icon={<IconHistory size={26} />} title={filtered ? 'No entries match' : 'Nothing recorded yet'} actions={filtered && <Button variant="light" onClick={clear}>Clear filters</Button>}>
            {filtered ? 'Widen the date range or remove a filter.' : 'Sign-ins and every change to apps, people, users and tokens are recorded here.'}
          </EmptyState>
        }
      />
    </>
  );
}
