import { Avatar, Breadcrumbs, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconApps } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import type { AppSummary } from '../../../shared/schemas/apps.js';
import { ApiError } from '../../../shared/api-client.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { DataTable } from '../../components/DataTable.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ExportMenu } from '../../components/ExportMenu.js';
import { NotFound } from '../../components/NotFound.js';
import { PageSkeleton } from '../../components/PageSkeleton.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { formatDate, initials } from '../../lib/format.js';
import { usePerson } from '../../lib/queries.js';
import { usePageTitle } from '../../lib/title.js';
import { PAGE_SIZE, useList } from '../../lib/useList.js';
import { appColumns } from '../apps/appColumns.js';
import { PersonCell } from '../apps/cells.js';
import { ReadOnly } from '../apps/AppFormFields.js';
import { PersonAliases } from './PersonAliases.js';

const route = getRouteApi('/_app/people/$personId');
const ownedColumns = appColumns.filter((c) => ['name', 'category', 'status', 'businessOwner', 'itOwner', 'departments', 'updatedAt'].includes(c.id!));

export function PersonPage() {
  const { personId } = route.useParams();
  const navigate = route.useNavigate();
  const { data: person, isLoading, error } = usePerson(personId);
  usePageTitle(person?.name);
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<string | undefined>();
  const apps = useList<AppSummary>('apps', '/api/apps', { owner: personId, page, pageSize: PAGE_SIZE, sort });

  if (isLoading) return <PageSkeleton />;
  if (error instanceof ApiError && error.status === 404) return <NotFound what="person" />;
  if (!person) return <Text c="red">Could not load this person: {error?.message}</Text>;

  return (
    <Stack gap="lg">
      <Breadcrumbs fz="sm">
        <AnchorLink to="/people" size="sm" c="dimmed">
          People
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {person.name}
        </Text>
      </Breadcrumbs>
      <Group gap="md">
        <Avatar size={56} radius="xl" color="indigo" variant="light">
          {initials(person.name)}
        </Avatar>
        <Stack gap={2}>
          <Group gap="sm">
            <Title order={2} data-testid="person-name">
              {person.name}
            </Title>
            <StatusBadge kind="person" value={person.status} size="md" />
          </Group>
          <Text c="dimmed" size="sm">
            {[person.title, person.department?.name].filter(Boolean).join(' · ') || 'No title recorded'}
          </Text>
        </Stack>
      </Group>
      <Card withBorder radius="md" p="lg">
        <Group gap={48} align="flex-start" wrap="wrap">
          <ReadOnly label="E-mail">{person.email}</ReadOnly>
          <ReadOnly label="Department">
            {person.department && (
              <AnchorLink to="/apps" search={{ department: person.department.id }} size="sm">
                {person.department.name}
              </AnchorLink>
            )}
          </ReadOnly>
          <ReadOnly label="Manager">{person.manager && <PersonCell person={person.manager} />}</ReadOnly>
          <ReadOnly label="Started">{person.startDate && formatDate(person.startDate)}</ReadOnly>
          <ReadOnly label="Left">{person.endDate && formatDate(person.endDate)}</ReadOnly>
          <PersonAliases key={person.aliases.join(',')} person={person} />
        </Group>
      </Card>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>Apps they own</Title>
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              As business or IT owner
            </Text>
            <ExportMenu path="/api/apps" query={{ owner: personId, sort }} />
          </Group>
        </Group>
        {person.status === 'leaver' && (apps.data?.total ?? 0) > 0 && (
          <Text size="sm" c="orange.8">
            {person.name} has left: hand these apps to a new owner.
          </Text>
        )}
        <DataTable
          data={apps.data?.items}
          columns={ownedColumns}
          getRowId={(a) => a.id}
          total={apps.data?.total}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
          sort={sort}
          defaultSort="name"
          onSortChange={setSort}
          loading={apps.isLoading}
          fetching={apps.isFetching}
          onRowClick={(a) => navigate({ to: '/apps/$appId', params: { appId: a.id } })}
          testId="person-apps-table"
          empty={
            <EmptyState compact icon={<IconApps size={22} />} title="Owns no apps">
              Set them as business or IT owner on an app's Overview.
            </EmptyState>
          }
        />
      </Stack>
    </Stack>
  );
}
