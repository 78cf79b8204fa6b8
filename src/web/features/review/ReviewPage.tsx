import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconApps, IconBan, IconCheck, IconChevronDown, IconChevronRight, IconFilterOff, IconListCheck, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ReviewGroup } from '../../../shared/schemas/discovery.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ExportMenu } from '../../components/ExportMenu.js';
import { SingleFilter } from '../../components/FilterButton.js';
import { NotFound } from '../../components/NotFound.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SearchInput } from '../../components/SearchInput.js';
import { api } from '../../lib/api.js';
import { notifyError } from '../../lib/errors.js';
import { formatCount, formatDate, formatMoney, formatWhen } from '../../lib/format.js';
import { useCan } from '../../lib/session.js';
import { usePageTitle } from '../../lib/title.js';
import { listTableProps, PAGE_SIZE, searchPatcher, useList } from '../../lib/useList.js';
import type { ReviewSearch } from '../../router.js';
import { SOURCE_LABELS, SOURCE_OPTIONS } from '../discovery/shared.js';
import { AppPickerModal, type PickedApp } from './AppPickerModal.js';
import { ReviewRows } from './ReviewRows.js';

const route = getRouteApi('/_app/discovery/review');
const col = createColumnHelper<ReviewGroup>();

type Kind = ReviewGroup['kind'];
const KIND_STYLES: Record<Kind, { label: string; color: string; hint: string }> = {
  unknown: { label: 'Unknown', color: 'orange', hint: 'Tandem has no answer for this text' },
  low_confidence: { label: 'Low confidence', color: 'yellow', hint: 'Tandem has a guess, below 80 % confidence' },
};
const KIND_OPTIONS = (Object.keys(KIND_STYLES) as Kind[]).map((k) => ({ value: k, label: KIND_STYLES[k].label }));

const groupId = (g: Pick<ReviewGroup, 'source' | 'normalised'>) => `${g.source}\u0000${g.normalised}`;

type LabelResult = { rulesCreated: number; alreadyCovered: number; rematchedTexts: number };
type LabelRequest = { groups: ReviewGroup[]; app: PickedApp | null; classify: 'not_software' | null };

function describe(req: LabelRequest): string {
  const what = req.groups.length === 1 ? `“${req.groups[0].normalised}”` : formatCount(req.groups.length, 'group');
  return req.app ? `${what} → ${req.app.appName}` : `${what} → not software`;
}

function useLabel(onDone: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: LabelRequest) =>
      api.post<LabelResult>('/api/review/label', {
        groups: req.groups.map((g) => ({ source: g.source, normalised: g.normalised })),
        appId: req.app?.appId ?? null,
        appName: req.app?.appName ?? null,
        classify: req.classify,
      }),
    onSuccess: (r, req) => {
      const parts = [
        r.rulesCreated ? `${formatCount(r.rulesCreated, 'rule')} learned` : null,
        r.alreadyCovered ? `${formatCount(r.alreadyCovered, 'group')} already covered by a rule` : null,
        `${formatCount(r.rematchedTexts, 'text')} re-matched`,
      ].filter(Boolean);
      notifications.show({ color: 'teal', title: 'Labelled', message: `${describe(req)}: ${parts.join(', ')}.`, autoClose: 5000 });
      void qc.invalidateQueries({ queryKey: ['review'] });
      void qc.invalidateQueries({ queryKey: ['alias-rules'] });
      void qc.invalidateQueries({ queryKey: ['audit'] });
      onDone();
    },
    onError: (e) => notifyError(e, 'Nothing was labelled'),
  });
}

function TextCell({ g, expanded }: { g: ReviewGroup; expanded: boolean }) {
  const others = g.examples.filter((e) => e.toLowerCase() !== g.normalised);
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      {expanded ? <IconChevronDown size={14} style={{ marginTop: 3, flexShrink: 0 }} /> : <IconChevronRight size={14} style={{ marginTop: 3, flexShrink: 0 }} color="var(--mantine-color-gray-5)" />}
      <Stack gap={2} miw={0}>
        <Text size="sm" ff="monospace" fw={600} truncate maw={260} title={g.normalised}>
          {g.normalised}
        </Text>
        {others.slice(0, 3).map((e) => (
          <Text key={e} size="xs" c="dimmed" ff="monospace" truncate maw={260} title={e}>
            {e}
          </Text>
        ))}
        {g.texts > g.examples.length && (
          <Text size="xs" c="dimmed">
            and {formatCount(g.texts - g.examples.length, 'other text')}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

function SuggestionCell({ g, children }: { g: ReviewGroup; children?: ReactNode }) {
  if (!g.suggestion)
    return (
      <Tooltip label={g.reasons.join(' · ')} disabled={!g.reasons.length} multiline maw={320}>
        <Text size="sm" c="dimmed">
          No guess
        </Text>
      </Tooltip>
    );
  const pct = Math.round(g.confidence * 100);
  return (
    <Group gap="sm" wrap="nowrap" justify="space-between">
      <Tooltip label={g.reasons.join(' · ') || `${pct} % confident`} multiline maw={320}>
        <Stack gap={2} miw={0}>
          <Text size="sm" fw={600} truncate maw={130}>
            {g.suggestion.name}
          </Text>
          <Group gap={6} wrap="nowrap">
            <div style={{ width: 40, height: 4, borderRadius: 2, background: 'var(--mantine-color-gray-2)', overflow: 'hidden' }}>
              <div style={{ width: `${pct}%`, height: '100%', background: `var(--mantine-color-${pct >= 60 ? 'teal' : pct >= 40 ? 'yellow' : 'orange'}-5)` }} />
            </div>
            <Text size="xs" c="dimmed">
              {pct} %
            </Text>
          </Group>
        </Stack>
      </Tooltip>
      {children}
    </Group>
  );
}

export function ReviewPage() {
  usePageTitle('Review queue');
  const can = useCan();
  const canWrite = can('discovery.write');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const update = searchPatcher<ReviewSearch>(navigate);
  const query = useMemo(() => ({ q: search.q, source: search.source, kind: search.kind, sort: search.sort, page: search.page ?? 1, pageSize: PAGE_SIZE }), [search]);
  const list = useList<ReviewGroup>('review', '/api/review', query, can('discovery.read'));
  const { data, error } = list;
  const [selected, setSelected] = useState<Map<string, ReviewGroup>>(new Map());
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const [picking, setPicking] = useState<ReviewGroup[] | null>(null);
  const label = useLabel(() => {
    setSelected(new Map());
    setPicking(null);
  });
  // A new page or filter starts a new selection: what is selected is always on screen.
  useEffect(() => setSelected(new Map()), [query]);

  const pageItems = data?.items ?? [];
  const allOnPage = pageItems.length > 0 && pageItems.every((g) => selected.has(groupId(g)));
  const someOnPage = pageItems.some((g) => selected.has(groupId(g)));
  const toggle = (g: ReviewGroup) =>
    setSelected((s) => {
      const n = new Map(s);
      if (n.has(groupId(g))) n.delete(groupId(g));
      else n.set(groupId(g), g);
      return n;
    });
  const toggleAll = () => setSelected(allOnPage ? new Map() : new Map(pageItems.map((g) => [groupId(g), g])));
  const busyFor = (g: ReviewGroup) => label.isPending && label.variables?.groups.some((x) => groupId(x) === groupId(g));

  // Rebuilt every render: the cells read the selection and the labelling in progress.
  const columns = [
    ...(canWrite
      ? [
          col.display({
            id: 'select',
            meta: { width: 36 },
            header: () => <Checkbox size="xs" checked={allOnPage} indeterminate={someOnPage && !allOnPage} onChange={toggleAll} aria-label="Select every group on this page" data-testid="select-all" />,
            cell: (c) => <Checkbox size="xs" checked={selected.has(groupId(c.row.original))} onChange={() => toggle(c.row.original)} aria-label={`Select ${c.row.original.normalised}`} data-testid="select-group" />,
          }),
        ]
      : []),
    col.accessor('normalised', { header: 'Text', meta: { sortKey: 'text', wrap: true }, cell: (c) => <TextCell g={c.row.original} expanded={Boolean(expanded[groupId(c.row.original)])} /> }),
    col.accessor('kind', {
      header: 'Kind',
      cell: (c) => (
        <Stack gap={4} align="flex-start">
          <Tooltip label={KIND_STYLES[c.getValue()].hint}>
            <Badge size="sm" variant="light" color={KIND_STYLES[c.getValue()].color} data-kind={c.getValue()}>
              {KIND_STYLES[c.getValue()].label}
            </Badge>
          </Tooltip>
          <Text size="xs" c="dimmed" data-testid="group-source">
            {SOURCE_LABELS[c.row.original.source] ?? c.row.original.source}
          </Text>
        </Stack>
      ),
    }),
    col.display({
      id: 'suggestion',
      header: 'Suggestion',
      cell: (c) => {
        const g = c.row.original;
        if (!canWrite || !g.suggestion) return <SuggestionCell g={g} />;
        const app = { appId: g.suggestion.appId, appName: g.suggestion.name };
        return (
          <SuggestionCell g={g}>
            <Tooltip label={`Learn: “${g.normalised}” is ${g.suggestion.name}`}>
              <Button
                size="compact-xs"
                variant="light"
                color="teal"
                leftSection={<IconCheck size={13} />}
                loading={busyFor(g) && Boolean(label.variables?.app)}
                disabled={label.isPending}
                onClick={() => label.mutate({ groups: [g], app, classify: null })}
                aria-label={`Confirm ${g.suggestion.name}`}
                data-testid="confirm-suggestion"
              >
                Confirm
              </Button>
            </Tooltip>
          </SuggestionCell>
        );
      },
    }),
    col.accessor('rows', {
      header: 'Rows',
      meta: { sortKey: 'rows', align: 'right' },
      cell: (c) => (
        <Stack gap={0} align="flex-end">
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {c.getValue().toLocaleString()}
          </Text>
          <Text size="xs" c="dimmed" data-testid="group-people">
            {formatCount(c.row.original.people, 'person', 'people')}
          </Text>
        </Stack>
      ),
    }),
    col.accessor('amountMinor', {
      header: 'Amount',
      meta: { sortKey: 'amount', align: 'right' },
      cell: (c) => (
        <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {c.row.original.currency ? formatMoney(c.getValue(), c.row.original.currency) : '—'}
        </Text>
      ),
    }),
    col.accessor('lastSeen', {
      header: 'Last seen',
      meta: { sortKey: 'lastSeen' },
      cell: (c) => (
        <Tooltip label={`First seen ${formatDate(c.row.original.firstSeen)}, last ${formatDate(c.getValue())}`}>
          <Text size="sm" c="dimmed">
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
            meta: { align: 'right', sticky: 'right' },
            cell: (c) => {
              const g = c.row.original;
              const busy = busyFor(g);
              return (
                <Stack gap={4} align="stretch" w={134} ml="auto">
                  <Button size="compact-xs" variant="default" leftSection={<IconApps size={13} />} disabled={label.isPending} onClick={() => setPicking([g])} data-testid="choose-app">
                    Choose app…
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="light"
                    color="gray"
                    leftSection={<IconBan size={13} />}
                    loading={busy && label.variables?.classify === 'not_software'}
                    disabled={label.isPending}
                    onClick={() => label.mutate({ groups: [g], app: null, classify: 'not_software' })}
                    data-testid="not-software"
                  >
                    Not software
                  </Button>
                </Stack>
              );
            },
          }),
        ]
      : []),
  ];

  const filtered = Boolean(search.q || search.source || search.kind);
  const clear = () => update({ q: undefined, source: undefined, kind: undefined });
  if (!can('discovery.read')) return <NotFound what="page" />;
  const chosen = [...selected.values()];

  return (
    <>
      <PageHeader
        title="Review queue"
        description={data ? `${formatCount(data.total, 'group')}${filtered ? ' match' : ' of texts Tandem could not place with confidence · label one and Tandem learns a rule'}` : ' '}
        actions={<ExportMenu path="/api/review" query={{ q: search.q, source: search.source, kind: search.kind, sort: search.sort }} />}
      />
      <Group gap="xs" mb="sm" wrap="wrap">
        <SearchInput value={search.q} onSearch={(q) => update({ q })} placeholder="Search text…" w={260} testId="review-search" />
        <SingleFilter label="Source" options={SOURCE_OPTIONS} value={search.source} onChange={(source) => update({ source })} testId="filter-source" />
        <SingleFilter label="Kind" options={KIND_OPTIONS} value={search.kind} onChange={(kind) => update({ kind })} testId="filter-kind" />
        {filtered && (
          <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={15} />} onClick={clear}>
            Clear
          </Button>
        )}
      </Group>
      {canWrite && chosen.length > 0 && (
        <Paper withBorder radius="md" px="md" py={8} mb="sm" bg="indigo.0" style={{ position: 'sticky', top: 64, zIndex: 5, borderColor: 'var(--mantine-color-indigo-3)' }} data-testid="bulk-bar">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" fw={600}>
              {formatCount(chosen.length, 'group')} selected · {formatCount(chosen.reduce((n, g) => n + g.rows, 0), 'row')}
            </Text>
            <Group gap="xs">
              <Button size="xs" leftSection={<IconApps size={14} />} disabled={label.isPending} onClick={() => setPicking(chosen)} data-testid="bulk-label-app">
                Label {formatCount(chosen.length, 'group')} as…
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconBan size={14} />}
                loading={label.isPending && label.variables?.classify === 'not_software' && label.variables.groups.length > 1}
                disabled={label.isPending}
                onClick={() => label.mutate({ groups: chosen, app: null, classify: 'not_software' })}
                data-testid="bulk-not-software"
              >
                Not software
              </Button>
              <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={() => setSelected(new Map())}>
                Clear selection
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
      {error && (
        <Text c="red" size="sm" mb="sm">
          {error.message}
        </Text>
      )}
      <DataTable
        {...listTableProps(list, search, update)}
        columns={columns}
        getRowId={groupId}
        defaultSort="-amount"
        renderExpanded={(g) => <ReviewRows group={g} />}
        expanded={expanded}
        onExpandedChange={(id, open) => setExpanded((e) => ({ ...e, [id]: open }))}
        testId="review-table"
        rowTestId="review-group"
        minWidth={1060}
        horizontalSpacing="sm"
        empty={
          filtered ? (
            <EmptyState icon={<IconListCheck size={26} />} title="No groups match" actions={<Button variant="light" onClick={clear}>Clear filters</Button>}>
              Try another search or remove a filter.
            </EmptyState>
          ) : (
            <EmptyState
              icon={<IconListCheck size={26} />}
              title="Nothing to review"
              actions={
                can('import.read') && (
                  <AnchorLink to="/imports" size="sm" fw={600}>
                    Go to Imports
                  </AnchorLink>
                )
              }
            >
              Import a card statement on the Imports page; texts Tandem cannot place will wait here.
            </EmptyState>
          )
        }
      />
      {picking && (
        <AppPickerModal
          title={picking.length === 1 ? `Which app is “${picking[0].normalised}”?` : `Label ${formatCount(picking.length, 'group')} as…`}
          initialQuery={picking.length === 1 ? (picking[0].suggestion?.name ?? picking[0].normalised) : ''}
          busy={label.isPending}
          onPick={(app) => label.mutate({ groups: picking, app, classify: null })}
          onClose={() => setPicking(null)}
        />
      )}
    </>
  );
}
