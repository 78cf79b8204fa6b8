import { Anchor, Breadcrumbs, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowsExchange, IconExternalLink } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { CATEGORY_LABELS, DEPLOYMENT_LABELS } from '../../../shared/enums.js';
import type { AppDetail } from '../../../shared/schemas/apps.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { useCan } from '../../lib/session.js';
import { ExpiryCell, PersonCell, TagsCell } from './cells.js';

const ChangeStatusModal = lazy(() => import('./ChangeStatusModal.js').then((m) => ({ default: m.ChangeStatusModal })));

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" fw={500} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

export function AppHeader({ app }: { app: AppDetail }) {
  const can = useCan();
  const [statusOpen, status] = useDisclosure(false);
  const website = app.website ? (app.website.startsWith('http') ? app.website : `https://${app.website}`) : null;
  return (
    <>
      <Breadcrumbs mb="xs" fz="sm">
        <AnchorLink to="/apps" size="sm" c="dimmed">
          Inventory
        </AnchorLink>
        <Text size="sm" c="dimmed" truncate maw={300}>
          {app.name}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="sm" wrap="nowrap">
            <Title order={2} fw={700} data-testid="app-title" style={{ minWidth: 0 }} lineClamp={1}>
              {app.name}
            </Title>
            <StatusBadge kind="lifecycle" value={app.lifecycleStatus} size="lg" data-testid="app-status" />
          </Group>
          <Group gap={8} c="dimmed" fz="sm" wrap="wrap">
            {app.vendor && (
              <>
                <Text size="sm" c="dimmed" data-testid="app-vendor">
                  {app.vendor}
                </Text>
                <Text size="sm" c="gray.4">·</Text>
              </>
            )}
            <Text size="sm" c="dimmed" data-testid="app-category">
              {CATEGORY_LABELS[app.category]}
            </Text>
            <Text size="sm" c="gray.4">·</Text>
            <Text size="sm" c="dimmed">
              {DEPLOYMENT_LABELS[app.deploymentModel]}
            </Text>
            {website && (
              <>
                <Text size="sm" c="gray.4">·</Text>
                <Anchor href={website} target="_blank" rel="noreferrer" size="sm">
                  <Group gap={3} wrap="nowrap">
                    {app.website!.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                    <IconExternalLink size={13} />
                  </Group>
                </Anchor>
              </>
            )}
          </Group>
        </Stack>
        {can('app.lifecycle') && (
          <Button variant="default" leftSection={<IconArrowsExchange size={16} />} onClick={status.open} data-testid="change-status" style={{ flexShrink: 0 }}>
            Change status
          </Button>
        )}
      </Group>
      <Card withBorder radius="md" p="md" mb="lg">
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="lg">
          <Fact label="Business owner">
            <PersonCell person={app.businessOwner} />
          </Fact>
          <Fact label="IT owner">
            <PersonCell person={app.itOwner} />
          </Fact>
          <Fact label="Departments">
            <TagsCell items={app.departments.map((d) => d.name)} max={4} wrap />
          </Fact>
          <Fact label="Seats">
            <Text size="sm">{app.seats?.toLocaleString() ?? '—'}</Text>
          </Fact>
          <Fact label="Next attestation expiry">
            <ExpiryCell date={app.nextAttestationExpiry} />
          </Fact>
        </SimpleGrid>
      </Card>
      {statusOpen && (
        <Suspense fallback={null}>
          <ChangeStatusModal app={app} opened={statusOpen} onClose={status.close} />
        </Suspense>
      )}
    </>
  );
}
