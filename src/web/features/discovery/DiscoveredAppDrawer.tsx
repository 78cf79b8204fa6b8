import { Alert, Anchor, Badge, Box, Drawer, Group, Pagination, Paper, SegmentedControl, SimpleGrid, Skeleton, Stack, Table, Tabs, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconFileSearch, IconKey, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { DiscoveredAppDetail, EvidenceRow } from '../../../shared/schemas/discovery.js';
import { ApiError } from '../../../shared/api-client.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { EmptyState } from '../../components/EmptyState.js';
import { api, exportUrl, type Page } from '../../lib/api.js';
import { formatCount, formatDate, formatDateTime, formatWhen } from '../../lib/format.js';
import { useCan } from '../../lib/session.js';
import { AppActions, APP_SOURCES, appPath, DiscoveryStatusBadge, HrBadge, lifecycleLabel, RiskBadge, SourceBadges, SpendText, type Added } from './discoveredUi.js';
import { SkeletonRows } from '../../components/SkeletonRows.js';

type EvidenceKind = 'signins' | 'grants' | 'transactions';
const EVIDENCE_PAGE = 25;
const RISK_ORDER: Record<string, number> = { high: 0, medium: 1, low: 2 };
const num = { fontVariantNumeric: 'tabular-nums' } as const;

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.03em' }} mb={2}>
        {label}
      </Text>
      {children}
    </Paper>
  );
}

function Framed({ children }: { children: ReactNode }) {
  return <Box style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, overflow: 'hidden' }}>{children}</Box>;
}

function PeopleTab({ app }: { app: DiscoveredAppDetail }) {
  const can = useCan();
  if (!app.users.length)
    return (
      <EmptyState compact icon={<IconUsers size={22} />} title="No people in the imported files">
        The app was found through spend only: nobody signed in to it or granted it access in the sign-in files imported so far.
      </EmptyState>
    );
  return (
    <Stack gap="xs">
      <Framed>
        <Table verticalSpacing={6} fz="sm" data-testid="app-people">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>HR status</Table.Th>
              <Table.Th ta="right">Sign-ins</Table.Th>
              <Table.Th>Last seen</Table.Th>
              <Table.Th>Grant</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {app.users.map((u) => (
              <Table.Tr key={u.userKey} data-testid="app-person">
                <Table.Td>
                  <Stack gap={0} miw={0}>
                    {u.person && can('person.read') ? (
                      <AnchorLink to="/people/$personId" params={{ personId: u.person.id }} size="sm" fw={600}>
                        {u.person.name}
                      </AnchorLink>
                    ) : (
                      <Text size="sm" fw={600}>
                        {u.person?.name ?? u.userKey}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed" truncate maw={240} title={u.userKey}>
                      {u.person ? [u.person.department, u.userKey].filter(Boolean).join(' · ') : 'Not matched to a person'}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <HrBadge status={u.hrStatus} />
                </Table.Td>
                <Table.Td ta="right" style={num}>
                  <Text size="sm">{u.signins.toLocaleString()}</Text>
                  {u.failures > 0 && (
                    <Text size="xs" c="red.7">
                      {formatCount(u.failures, 'failure')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Tooltip label={`First ${formatDateTime(u.firstSeen)} · last ${formatDateTime(u.lastSeen)}`} disabled={!u.lastSeen}>
                    <Text size="sm" c="dimmed">
                      {formatWhen(u.lastSeen)}
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  {u.grant ? (
                    <Tooltip label={u.grant.scopes.join(' ') || 'No scopes recorded'} multiline maw={360}>
                      <Group gap={4} wrap="nowrap">
                        {u.grant.state === 'active' ? <RiskBadge risk={u.grant.risk} /> : <Badge size="sm" variant="outline" color="gray">Revoked</Badge>}
                        <Text size="xs" c="dimmed">
                          {formatDate(u.grant.at)}
                        </Text>
                      </Group>
                    </Tooltip>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Framed>
      {app.users.length >= 500 && (
        <Text size="xs" c="dimmed">
          The 500 people with the most sign-ins; the evidence tab has every row.
        </Text>
      )}
    </Stack>
  );
}

function AccessTab({ app }: { app: DiscoveredAppDetail }) {
  if (!app.scopes.length)
    return (
      <EmptyState compact icon={<IconKey size={22} />} title="No OAuth grants">
        Nobody granted this app access to their account in the files imported so far. Google Workspace token reports and Entra consent logs show grants.
      </EmptyState>
    );
  const scopes = [...app.scopes].sort((a, b) => (RISK_ORDER[a.risk] ?? 3) - (RISK_ORDER[b.risk] ?? 3) || b.grants - a.grants);
  return (
    <Framed>
      <Table verticalSpacing={6} fz="sm" data-testid="app-scopes">
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th>What it may do</Table.Th>
            <Table.Th>Area</Table.Th>
            <Table.Th>Risk</Table.Th>
            <Table.Th ta="right">Grants</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scopes.map((s) => (
            <Table.Tr key={s.scope} data-testid="app-scope" style={s.risk === 'high' ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' } : undefined}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={500}>
                    {s.label}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace" truncate maw={380} title={s.scope}>
                    {s.scope}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" tt="capitalize">
                  {s.area}
                </Text>
                <Text size="xs" c="dimmed">
                  {s.access}
                </Text>
              </Table.Td>
              <Table.Td>
                <RiskBadge risk={s.risk} />
              </Table.Td>
              <Table.Td ta="right" style={num}>
                {s.grants.toLocaleString()}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Framed>
  );
}

function NamesTab({ app }: { app: DiscoveredAppDetail }) {
  if (!app.texts.length)
    return (
      <Text size="sm" c="dimmed">
        No names recorded.
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="app-texts">
      {app.texts.map((t) => {
        const pct = Math.round(t.confidence * 100);
        return (
          <Paper key={`${t.source}\u0000${t.text}`} withBorder radius="md" p="sm" data-testid="app-text">
            <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
              <Stack gap={4} miw={0}>
                <Group gap={6} wrap="nowrap">
                  <Badge size="sm" variant="light" color={APP_SOURCES[t.source]?.color ?? 'gray'} style={{ textTransform: 'none', flexShrink: 0 }}>
                    {APP_SOURCES[t.source]?.label ?? t.source}
                  </Badge>
                  <Text size="sm" ff="monospace" fw={600} truncate title={t.text}>
                    {t.text}
                  </Text>
                </Group>
                {t.reasons.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t.reasons.join(' · ')}
                  </Text>
                )}
              </Stack>
              <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                <div style={{ width: 48, height: 4, borderRadius: 2, background: 'var(--mantine-color-gray-2)', overflow: 'hidden' }}>
                  <div style={{ width: `${pct}%`, height: '100%', background: `var(--mantine-color-${pct >= 80 ? 'teal' : pct >= 60 ? 'yellow' : 'orange'}-5)` }} />
                </div>
                <Text size="xs" c="dimmed" w={34} ta="right">
                  {pct} %
                </Text>
              </Group>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

function EvidenceTab({ app }: { app: DiscoveredAppDetail }) {
  const can = useCan();
  const first: EvidenceKind = app.signins > 0 ? 'signins' : app.grants > 0 ? 'grants' : app.spendRows > 0 ? 'transactions' : 'signins';
  const [kind, setKind] = useState<EvidenceKind>(first);
  const [page, setPage] = useState(1);
  const path = `${appPath(app.catalogAppId)}/evidence`;
  const { data, isLoading, error } = useQuery({
    queryKey: ['discovery', 'evidence', app.catalogAppId, kind, page],
    queryFn: () => api.get<Page<EvidenceRow>>(path, { kind, page, pageSize: EVIDENCE_PAGE }),
    placeholderData: (prev) => prev,
  });
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / EVIDENCE_PAGE));
  const options = [
    { value: 'signins', label: `Sign-ins${app.signins ? ` · ${app.signins.toLocaleString()}` : ''}` },
    { value: 'grants', label: `Grants${app.grants ? ` · ${app.grants.toLocaleString()}` : ''}` },
    { value: 'transactions', label: `Transactions${app.spendRows ? ` · ${app.spendRows.toLocaleString()}` : ''}` },
  ];
  const userHeader = kind === 'transactions' ? 'Card holder' : 'User';
  const detailHeader = kind === 'signins' ? 'Outcome' : kind === 'grants' ? 'Grant' : 'Amount';

  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        data={options}
        value={kind}
        onChange={(v) => {
          setKind(v as EvidenceKind);
          setPage(1);
        }}
        data-testid="evidence-kind"
      />
      {error ? (
        <Text c="red" size="sm">
          Could not load the evidence: {error.message}
        </Text>
      ) : (
        <Framed>
          <Table verticalSpacing={6} fz="sm" layout="fixed" data-testid="evidence-table">
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th w={110}>When</Table.Th>
                <Table.Th w="24%">{userHeader}</Table.Th>
                <Table.Th>{detailHeader}</Table.Th>
                <Table.Th w="36%">Source file</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {isLoading && <SkeletonRows cols={4} />}
              {data?.items.map((r, i) => (
                <Table.Tr key={`${r.importId}:${r.line}:${i}`} data-testid="evidence-row">
                  <Table.Td>
                    <Tooltip label={r.at.length > 10 ? formatDateTime(r.at) : formatDate(r.at)}>
                      <Text size="sm" style={num}>
                        {formatDate(r.at)}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate title={r.user ?? undefined} c={r.user ? undefined : 'dimmed'}>
                      {r.user ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0} miw={0}>
                      <Text size="sm" truncate title={r.detail} c={r.detail === 'failure' ? 'red.7' : undefined} style={kind === 'transactions' ? num : undefined}>
                        {r.detail}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace" truncate title={r.text}>
                        {r.text}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {can('import.read') ? (
                      <AnchorLink to="/imports/$importId" params={{ importId: r.importId }} size="sm" title={`${r.fileName}, line ${r.line}: open the import`} style={{ overflowWrap: 'anywhere' }} data-testid="evidence-file">
                        {r.fileName}:{r.line}
                      </AnchorLink>
                    ) : (
                      <Text size="sm" c="dimmed" title={`${r.fileName}, line ${r.line}`} style={{ overflowWrap: 'anywhere' }} data-testid="evidence-file">
                        {r.fileName}:{r.line}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data && data.total === 0 && (
            <Text size="sm" c="dimmed" ta="center" py="md">
              No {kind === 'signins' ? 'sign-ins' : kind} for this app in the imported files.
            </Text>
          )}
        </Framed>
      )}
      <Group justify="space-between">
        {data && data.total > 0 ? (
          <Anchor href={exportUrl(path, { kind }, 'csv')} download size="xs" data-testid="evidence-csv">
            <Group gap={4}>
              <IconDownload size={13} />
              {data.total > 1 ? `All ${data.total.toLocaleString()} rows as CSV` : 'Download as CSV'}
            </Group>
          </Anchor>
        ) : (
          <span />
        )}
        {pages > 1 && <Pagination size="xs" total={pages} value={page} onChange={setPage} />}
      </Group>
    </Stack>
  );
}

function Detail({ app, onAdded }: { app: DiscoveredAppDetail; onAdded: (a: Added) => void }) {
  const [tab, setTab] = useState<string | null>('people');
  useEffect(() => setTab('people'), [app.catalogAppId]);
  const leavers = app.leaverUsers;
  return (
    <Stack gap="md" data-testid="app-drawer-body">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6}>
          <SourceBadges sources={app.sources} />
          <Text size="sm" c="dimmed">
            First seen {formatDate(app.firstSeen)} · last seen {formatWhen(app.lastSeen)}
          </Text>
          {app.decision && (
            <Text size="xs" c="dimmed">
              Marked {app.decision.decision === 'known' ? 'known' : 'not relevant'} {formatWhen(app.decision.decidedAt)}
              {app.decision.note ? `: ${app.decision.note}` : ''}
            </Text>
          )}
          {app.inventory && (
            <Text size="xs" c="dimmed" data-testid="inventory-state">
              In the inventory as “{lifecycleLabel(app.inventory.lifecycleStatus)}”
            </Text>
          )}
        </Stack>
        <AppActions app={app} onAdded={onAdded} size="xs" />
      </Group>

      {(app.unknownUsers > 0 || leavers > 0) && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="xs">
          <Text size="sm">
            {[app.unknownUsers > 0 && `${formatCount(app.unknownUsers, 'identity', 'identities')} not in the HR list`, leavers > 0 && `${formatCount(leavers, 'leaver')} signed in after their end date`]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        <Fact label="People" testId="fact-users">
          <Text size="lg" fw={700} style={num}>
            {app.users.length >= 500 ? '500+' : app.users.length.toLocaleString()}
          </Text>
        </Fact>
        <Fact label="Sign-ins">
          <Text size="lg" fw={700} style={num}>
            {app.signins.toLocaleString()}
          </Text>
          {app.failures > 0 && (
            <Text size="xs" c="red.7">
              {formatCount(app.failures, 'failure')}
            </Text>
          )}
        </Fact>
        <Fact label="Active grants">
          <Group gap={6} wrap="nowrap">
            <Text size="lg" fw={700} style={num}>
              {app.activeGrants.toLocaleString()}
            </Text>
            {app.grantRisk && <RiskBadge risk={app.grantRisk} />}
          </Group>
        </Fact>
        <Fact label="Spend">
          <SpendText spend={app.spend} size="lg" align="flex-start" />
        </Fact>
      </SimpleGrid>

      {app.departments.length > 0 && (
        <Group gap={6}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            Departments
          </Text>
          {app.departments.map((d) => (
            <Badge key={d.id} variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
              {d.name || 'Unnamed'}
              {d.users > 0 ? ` · ${formatCount(d.users, 'person', 'people')}` : ''}
            </Badge>
          ))}
        </Group>
      )}

      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="people" data-testid="drawer-tab-people">
            People · {app.users.length}
          </Tabs.Tab>
          <Tabs.Tab value="access" data-testid="drawer-tab-access">
            Access · {app.scopes.length}
          </Tabs.Tab>
          <Tabs.Tab value="names" data-testid="drawer-tab-names">
            Found as · {app.texts.length}
          </Tabs.Tab>
          <Tabs.Tab value="evidence" leftSection={<IconFileSearch size={14} />} data-testid="drawer-tab-evidence">
            Evidence
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="people">
          <PeopleTab app={app} />
        </Tabs.Panel>
        <Tabs.Panel value="access">
          <AccessTab app={app} />
        </Tabs.Panel>
        <Tabs.Panel value="names">
          <NamesTab app={app} />
        </Tabs.Panel>
        <Tabs.Panel value="evidence">
          <EvidenceTab app={app} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** The detail of one discovered app, beside the list: people, grants and scopes, names, and the rows behind it. */
export function DiscoveredAppDrawer({ catalogAppId, onClose, onAdded }: { catalogAppId: string | undefined; onClose: () => void; onAdded: (a: Added) => void }) {
  const { data, isLoading, error } = useQuery({
    enabled: Boolean(catalogAppId),
    queryKey: ['discovery', 'app', catalogAppId],
    queryFn: () => api.get<DiscoveredAppDetail>(appPath(catalogAppId!)),
  });
  const app = data && data.catalogAppId === catalogAppId ? data : undefined;
  return (
    <Drawer
      opened={Boolean(catalogAppId)}
      onClose={onClose}
      position="right"
      size={760}
      padding="lg"
      title={
        app ? (
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} size="xl" data-testid="app-drawer-title">
              {app.name}
            </Text>
            <DiscoveryStatusBadge status={app.status} />
          </Group>
        ) : (
          <Skeleton h={24} w={220} />
        )
      }
      overlayProps={{ backgroundOpacity: 0.25 }}
      data-testid="app-drawer"
    >
      {app ? (
        <Detail app={app} onAdded={onAdded} />
      ) : error ? (
        <Text c="red" size="sm">
          {error instanceof ApiError && error.status === 404 ? 'This app is not in the discovered list (any more), or it is outside your department scope.' : `Could not load the app: ${error.message}`}
        </Text>
      ) : isLoading || !app ? (
        <Stack gap="sm">
          <Skeleton h={20} w="50%" />
          <Skeleton h={70} />
          <Skeleton h={200} />
        </Stack>
      ) : null}
    </Drawer>
  );
}
