import { Alert, Breadcrumbs, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconDownload, IconHourglass, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import type { ImportDetail } from '../../../shared/schemas/imports.js';
import { ApiError } from '../../../shared/api-client.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { NotFound } from '../../components/NotFound.js';
import { PageSkeleton } from '../../components/PageSkeleton.js';
import { api } from '../../lib/api.js';
import { notifyError } from '../../lib/errors.js';
import { formatBytes, formatDateTime, formatDuration, formatWhen } from '../../lib/format.js';
import { useCan, useSession } from '../../lib/session.js';
import { usePageTitle } from '../../lib/title.js';
import { ConfirmStep } from './ConfirmStep.js';
import { BadRowReport, ImportOutcome, Stat } from './ImportOutcome.js';
import { ImportStateBadge, isActive, isFinished, PHASE_LABELS } from './shared.js';

const route = getRouteApi('/_app/imports/$importId');

/** Polls while the import is queued or running, so progress moves on its own. */
function useImport(id: string) {
  return useQuery({
    queryKey: ['imports', 'detail', id],
    queryFn: () => api.get<ImportDetail>(`/api/imports/${id}`),
    refetchInterval: (q) => (q.state.data && isActive(q.state.data.state) ? 700 : false),
    refetchIntervalInBackground: false,
  });
}

function LiveProgress({ imp, canWrite }: { imp: ImportDetail; canWrite: boolean }) {
  const qc = useQueryClient();
  const [cancelAsked, setCancelAsked] = useState(false);
  const cancel = useMutation({
    mutationFn: () => api.post<ImportDetail>(`/api/imports/${imp.id}/cancel`),
    onSuccess: (d) => {
      setCancelAsked(true);
      qc.setQueryData(['imports', 'detail', imp.id], d);
      void qc.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
    onError: (e) => notifyError(e, 'The import was not cancelled'),
  });
  const p = imp.progress;
  const queued = imp.state === 'queued';
  const pct = Math.round(p.fraction * 100);
  return (
    <Card withBorder radius="md" p="lg" data-testid="import-progress" data-state={imp.state}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Title order={4}>{cancelAsked ? 'Cancelling…' : queued ? 'Queued' : (PHASE_LABELS[imp.phase] ?? imp.phase)}</Title>
            <Text size="sm" c="dimmed">
              {cancelAsked
                ? 'The import stops at its next step and discards what it wrote.'
                : queued
                  ? 'It starts as soon as a worker is free. You can leave this page: the import carries on.'
                  : 'You can leave this page: the import carries on, and nothing is visible until it is complete.'}
            </Text>
          </div>
          {canWrite && (
            <Button variant="default" color="red" leftSection={<IconX size={16} />} onClick={() => cancel.mutate()} loading={cancel.isPending} disabled={cancelAsked} data-testid="cancel-import">
              Cancel import
            </Button>
          )}
        </Group>
        <Stack gap={4}>
          <Progress value={queued ? 100 : Math.max(pct, 1)} size="xl" radius="xl" animated striped={queued || imp.phase === 'committing'} color={queued ? 'gray.4' : cancelAsked ? 'orange' : 'indigo'} data-testid="progress-bar" data-fraction={p.fraction} />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {formatBytes(p.bytesDone)} of {formatBytes(p.bytesTotal)} read
            </Text>
            <Text size="xs" fw={600}>
              {queued ? '' : `${pct} %`}
            </Text>
          </Group>
        </Stack>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Stat label="Rows read" value={p.rowsDone.toLocaleString()} testId="progress-rows" />
          <Stat label="Rows per second" value={p.rowsPerSecond === null ? '—' : Math.round(p.rowsPerSecond).toLocaleString()} testId="progress-rate" />
          <Stat label="Time left" value={queued ? '—' : p.etaSeconds === null ? 'Estimating…' : formatDuration(p.etaSeconds)} testId="progress-eta" />
          <Stat label="Bad rows so far" value={imp.rowsBad.toLocaleString()} color={imp.rowsBad ? 'red.7' : undefined} hint={imp.skipBadRows ? 'Will be skipped' : imp.rowsBad ? 'The import will fail' : undefined} />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

export function ImportPage() {
  const { importId } = route.useParams();
  const can = useCan();
  const { user } = useSession();
  const canWrite = can('import.write') && user.departmentScope.length === 0;
  const { data: imp, isLoading, error } = useImport(importId);
  usePageTitle(imp?.fileName ?? 'Import');

  if (!can('import.read')) return <NotFound what="page" />;
  if (isLoading) return <PageSkeleton />;
  if (error instanceof ApiError && (error.status === 404 || error.status === 422)) return <NotFound what="import" />;
  if (!imp) return <Text c="red">Could not load this import: {error?.message}</Text>;

  const finished = isFinished(imp.state);
  const duration = imp.startedAt && imp.finishedAt ? (new Date(imp.finishedAt).getTime() - new Date(imp.startedAt).getTime()) / 1000 : null;

  return (
    <Stack gap="lg">
      <Breadcrumbs fz="sm">
        <AnchorLink to="/imports" size="sm" c="dimmed">
          Imports
        </AnchorLink>
        <Text size="sm" c="dimmed" truncate maw={360}>
          {imp.fileName}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} miw={0} style={{ flex: 1 }}>
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Title order={2} fw={650} data-testid="import-title" style={{ wordBreak: 'break-all' }}>
              {imp.fileName}
            </Title>
            <ImportStateBadge state={imp.state} size="md" data-testid="import-state" />
          </Group>
          <Text size="sm" c="dimmed">
            {[imp.formatLabel, formatBytes(imp.fileSize), imp.createdBy && `uploaded by ${imp.createdBy}`].filter(Boolean).join(' · ')}{' '}
            <Tooltip label={formatDateTime(imp.createdAt)}>
              <span>{formatWhen(imp.createdAt)}</span>
            </Tooltip>
            {finished && imp.finishedAt && ` · finished ${formatWhen(imp.finishedAt)}${duration !== null && duration >= 1 ? ` in ${formatDuration(duration)}` : ''}`}
            {imp.attempts > 1 && ` · ${imp.attempts} attempts`}
          </Text>
        </Stack>
        <Button component="a" href={`/api/imports/${imp.id}/file`} download variant="default" leftSection={<IconDownload size={16} />} style={{ flexShrink: 0 }} data-testid="download-original">
          Download original file
        </Button>
      </Group>

      {imp.state === 'uploaded' &&
        (canWrite ? (
          <ConfirmStep key={imp.id} imp={imp} />
        ) : (
          <Alert color="yellow" variant="light" icon={<IconHourglass size={18} />} title="Waiting to be started">
            Someone with import rights confirms the format and starts this import.
          </Alert>
        ))}
      {isActive(imp.state) && <LiveProgress imp={imp} canWrite={canWrite} />}
      {finished && <ImportOutcome imp={imp} />}
      {(finished || imp.rowsBad > 0) && imp.state !== 'cancelled' && <BadRowReport imp={imp} />}
    </Stack>
  );
}
