import { Badge, Box, Tabs, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ApiError } from '../../../shared/api-client.js';
import { NotFound } from '../../components/NotFound.js';
import { PageSkeleton } from '../../components/PageSkeleton.js';
import { usePageTitle } from '../../lib/title.js';
import { useApp } from './api.js';
import { AppHeader } from './AppHeader.js';
import { CommentsTab } from './tabs/CommentsTab.js';
import { DocumentsTab } from './tabs/DocumentsTab.js';
import { HistoryTab } from './tabs/HistoryTab.js';
import { OverviewTab } from './tabs/OverviewTab.js';
import { FutureTab } from './tabs/FutureTab.js';
import { SecurityTab } from './tabs/SecurityTab.js';

const route = getRouteApi('/_app/apps/$appId');

const TABS = ['overview', 'security', 'documents', 'comments', 'history', 'contracts', 'users', 'integrations', 'kpis'] as const;
type Tab = (typeof TABS)[number];

function count(n: number | undefined): ReactNode {
  return n ? (
    <Badge size="xs" variant="light" color="gray" circle={n < 10}>
      {n}
    </Badge>
  ) : null;
}

export function AppPage() {
  const { appId } = route.useParams();
  const { tab: rawTab } = route.useSearch();
  const navigate = route.useNavigate();
  const tab: Tab = (TABS as readonly string[]).includes(rawTab ?? '') ? (rawTab as Tab) : 'overview';
  const { data: app, isLoading, error } = useApp(appId);
  usePageTitle(app?.name);

  if (isLoading) return <PageSkeleton />;
  if (error instanceof ApiError && (error.status === 404 || error.status === 403)) return <NotFound what="app" />;
  if (error || !app)
    return (
      <Text c="red" p="md">
        Could not load this app: {error?.message}
      </Text>
    );

  const t = (value: Tab, label: string, _icon: null, right?: ReactNode, testId?: string) => (
    <Tabs.Tab value={value} rightSection={right} data-testid={testId ?? `tab-${value}`} px="sm">
      {label}
    </Tabs.Tab>
  );

  return (
    <Box>
      <AppHeader app={app} />
      <Tabs value={tab} onChange={(v) => navigate({ search: { tab: v === 'overview' ? undefined : (v ?? undefined) }, replace: true })} keepMounted={false} variant="default">
        <Tabs.List mb="lg" style={{ flexWrap: 'wrap' }}>
          {t('overview', 'Overview', null)}
          {t('security', 'Security', null, count(app.attestations.length))}
          {t('documents', 'Documents', null, count(app.counts.documents))}
          {t('comments', 'Comments', null, count(app.counts.comments))}
          {t('history', 'History', null, undefined, 'history-tab')}
          {t('contracts', 'Contracts', null, count(app.counts.contracts))}
          {t('users', 'Users & activity', null, count(app.counts.users))}
          {t('integrations', 'Integrations', null, count(app.counts.integrations))}
          {t('kpis', 'KPIs', null, count(app.counts.kpis))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab app={app} />
        </Tabs.Panel>
        <Tabs.Panel value="security">
          <SecurityTab app={app} />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <DocumentsTab app={app} />
        </Tabs.Panel>
        <Tabs.Panel value="comments">
          <CommentsTab app={app} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryTab app={app} />
        </Tabs.Panel>
        {(['contracts', 'users', 'integrations', 'kpis'] as const).map((k) => (
          <Tabs.Panel key={k} value={k}>
            <FutureTab kind={k} app={app} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Box>
  );
}
