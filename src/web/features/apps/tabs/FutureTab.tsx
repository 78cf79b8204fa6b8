import { Group, SimpleGrid, Text } from '@mantine/core';
import { IconChartBar, IconPlugConnected, IconReceipt, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { AppDetail } from '../../../../shared/schemas/apps.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { Section } from './OverviewTab.js';

type Kind = 'contracts' | 'users' | 'integrations' | 'kpis';

const COPY: Record<Kind, { title: string; description: string; icon: ReactNode; countKey: keyof AppDetail['counts']; noun: string; empty: string; how: string }> = {
  contracts: {
    title: 'Contracts & spend',
    description: 'Agreements, renewal dates and what the app costs',
    icon: <IconReceipt size={22} />,
    countKey: 'contracts',
    noun: 'contract',
    empty: 'No contracts yet',
    how: 'Add contracts with their renewal dates, or import finance data (invoices and card spend) to see what this app costs and when it renews.',
  },
  users: {
    title: 'Users & activity',
    description: 'Who has an account and who actually signs in',
    icon: <IconUsers size={22} />,
    countKey: 'users',
    noun: 'user',
    empty: 'No usage data yet',
    how: 'Import sign-in logs from your identity provider in Discovery to see who uses this app, how often, and which seats sit idle.',
  },
  integrations: {
    title: 'Integrations',
    description: 'Data flows between this app and the rest of the stack',
    icon: <IconPlugConnected size={22} />,
    countKey: 'integrations',
    noun: 'integration',
    empty: 'No integrations mapped',
    how: 'Map how this app connects to others (CRM syncs, ad platforms, the warehouse) so you can see what breaks when it changes.',
  },
  kpis: {
    title: 'KPIs',
    description: 'What the business expects from the app',
    icon: <IconChartBar size={22} />,
    countKey: 'kpis',
    noun: 'KPI',
    empty: 'No KPIs defined',
    how: 'Define the KPIs this app should move (pipeline, conversion, time saved) to judge it at renewal time.',
  },
};

export function FutureTab({ kind, app }: { kind: Kind; app: AppDetail }) {
  const c = COPY[kind];
  const n = app.counts[c.countKey];
  return (
    <Section title={c.title} description={c.description}>
      {n === 0 ? (
        <EmptyState icon={c.icon} title={c.empty} testId={`empty-${kind}`}>
          {c.how}
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Group gap="xs" data-testid={`count-${kind}`}>
            <Text fz={32} fw={700}>
              {n.toLocaleString()}
            </Text>
            <Text c="dimmed">
              {c.noun}
              {n === 1 ? '' : 's'} recorded
            </Text>
          </Group>
        </SimpleGrid>
      )}
    </Section>
  );
}
