import { ActionIcon, Anchor, Badge, Button, Group, MultiSelect, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconCertificate, IconPaperclip, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ATTESTATION_LABELS, DATA_CLASSES, DATA_CLASS_LABELS, type DataClass } from '../../../../shared/enums.js';
import type { AppDetail, Attestation } from '../../../../shared/schemas/apps.js';
import { ConfirmButton } from '../../../components/ConfirmButton.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { StatusBadge } from '../../../components/StatusBadge.js';
import { notifyError, notifySuccess } from '../../../lib/errors.js';
import { formatDate, formatDue } from '../../../lib/format.js';
import { useCan } from '../../../lib/session.js';
import { useDeleteAttestation, useUpdateApp } from '../api.js';
import { SecurityFields } from '../AppFormFields.js';
import { valuesFromApp } from '../appForm.js';
import { Section } from './OverviewTab.js';

const AttestationModal = lazy(() => import('./AttestationModal.js').then((m) => ({ default: m.AttestationModal })));

function Posture({ app, canEdit }: { app: AppDetail; canEdit: boolean }) {
  const [values, setValues] = useState(() => valuesFromApp(app));
  useEffect(() => setValues(valuesFromApp(app)), [app]);
  const update = useUpdateApp(app.id);
  const patch: Record<string, unknown> = {};
  for (const k of ['ssoSupport', 'mfaSupport', 'scimSupport'] as const) if (values[k] !== app[k]) patch[k] = values[k];
  if ([...values.dataClasses].sort().join() !== [...app.dataClasses].sort().join()) patch.dataClasses = values.dataClasses;
  const dirty = Object.keys(patch).length > 0;
  return (
    <Section
      title="Identity, access & data"
      description="What the tool supports and what it stores"
      right={
        canEdit &&
        dirty && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setValues(valuesFromApp(app))}>
              Discard
            </Button>
            <Button
              size="xs"
              loading={update.isPending}
              onClick={() => update.mutate(patch, { onSuccess: () => notifySuccess('Security details saved.'), onError: (e) => notifyError(e, 'Could not save') })}
              data-testid="save-security"
            >
              Save
            </Button>
          </Group>
        )
      }
    >
      <Stack gap="lg">
        <SecurityFields values={values} set={(k, v) => setValues((x) => ({ ...x, [k]: v }))} canEdit={canEdit} />
        {canEdit ? (
          <MultiSelect
            label="Data held"
            maw={560}
            data={DATA_CLASSES.map((d) => ({ value: d, label: DATA_CLASS_LABELS[d] }))}
            value={values.dataClasses}
            onChange={(v) => setValues((x) => ({ ...x, dataClasses: v as DataClass[] }))}
            placeholder={values.dataClasses.length ? undefined : 'None recorded'}
          />
        ) : (
          <Group gap={6}>
            <Text size="sm" fw={500}>
              Data held:
            </Text>
            {app.dataClasses.length ? app.dataClasses.map((d) => <Badge key={d} variant="light" color="gray" style={{ textTransform: 'none' }}>{DATA_CLASS_LABELS[d]}</Badge>) : <Text size="sm" c="dimmed">None recorded</Text>}
          </Group>
        )}
      </Stack>
    </Section>
  );
}

export function SecurityTab({ app }: { app: AppDetail }) {
  const can = useCan();
  const canEdit = can('app.security') || can('app.update');
  const [editing, setEditing] = useState<Attestation | 'new' | null>(null);
  const remove = useDeleteAttestation(app.id);
  const sorted = [...app.attestations].sort((a, b) => (a.expiresOn ?? '9999').localeCompare(b.expiresOn ?? '9999'));

  return (
    <Stack gap="md">
      <Posture app={app} canEdit={canEdit} />
      <Section
        title="Attestations"
        description="Certifications and agreements from the vendor, with their expiry"
        right={
          canEdit && (
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')} data-testid="add-attestation">
              Add attestation
            </Button>
          )
        }
      >
        {sorted.length === 0 ? (
          <EmptyState compact icon={<IconCertificate size={22} />} title="No attestations recorded">
            Add the vendor's SOC 2 report, ISO certificate or signed DPA with its expiry date; Tandem flags it before it lapses.
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" data-testid="attestations-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Issued</Table.Th>
                  <Table.Th>Expires</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Document</Table.Th>
                  {canEdit && <Table.Th w={90} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((a) => (
                  <Table.Tr key={a.id} data-testid="attestation-row">
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {ATTESTATION_LABELS[a.type]}
                      </Text>
                      {a.notes && (
                        <Text size="xs" c="dimmed" lineClamp={1} maw={260}>
                          {a.notes}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(a.issuedOn)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(a.expiresOn)}</Text>
                      {a.expiresOn && (
                        <Text size="xs" c="dimmed">
                          {formatDue(a.expiresOn)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge kind="attestation" value={a.status} />
                    </Table.Td>
                    <Table.Td>
                      {a.documentId ? (
                        <Anchor href={`/api/documents/${a.documentId}/download`} size="sm">
                          <Group gap={4} wrap="nowrap">
                            <IconPaperclip size={14} />
                            <Text span size="sm" truncate maw={200}>
                              {a.documentName ?? 'Download'}
                            </Text>
                          </Group>
                        </Anchor>
                      ) : (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          <Tooltip label="Edit">
                            <ActionIcon variant="subtle" color="gray" onClick={() => setEditing(a)} aria-label="Edit attestation">
                              <IconPencil size={16} />
                            </ActionIcon>
                          </Tooltip>
                          <ConfirmButton
                            title="Remove this attestation?"
                            message={`${ATTESTATION_LABELS[a.type]} will be removed from ${app.name}. The attached document stays in Documents.`}
                            confirmLabel="Remove"
                            onConfirm={() => remove.mutateAsync(a.id).then(() => notifySuccess('Attestation removed.'))}
                          >
                            {(open) => (
                              <Tooltip label="Remove">
                                <ActionIcon variant="subtle" color="red" onClick={open} aria-label="Remove attestation">
                                  <IconTrash size={16} />
                                </ActionIcon>
                              </Tooltip>
                            )}
                          </ConfirmButton>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
      {editing && (
        <Suspense fallback={null}>
          <AttestationModal app={app} attestation={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
        </Suspense>
      )}
    </Stack>
  );
}
