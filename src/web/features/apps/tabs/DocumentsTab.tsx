import { ActionIcon, Anchor, Box, Button, FileButton, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconDownload, IconFileText, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import type { AppDetail } from '../../../../shared/schemas/apps.js';
import { ConfirmButton } from '../../../components/ConfirmButton.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { TableSkeleton } from '../../../components/PageSkeleton.js';
import { notifyError, notifySuccess } from '../../../lib/errors.js';
import { formatBytes, formatDateTime, formatWhen } from '../../../lib/format.js';
import { useCan } from '../../../lib/session.js';
import { useDeleteDocument, useDocuments, useUploadDocument } from '../api.js';
import { Section } from './OverviewTab.js';

export function DocumentsTab({ app }: { app: AppDetail }) {
  const can = useCan();
  const canWrite = can('app.document');
  const { data, isLoading } = useDocuments(app.id);
  const upload = useUploadDocument(app.id);
  const remove = useDeleteDocument(app.id);
  const [dragging, setDragging] = useState(false);

  const send = async (files: File[]) => {
    for (const f of files) {
      try {
        await upload.mutateAsync(f);
        notifySuccess(`${f.name} uploaded.`);
      } catch (e) {
        notifyError(e, `Could not upload ${f.name}`);
      }
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (canWrite) void send([...e.dataTransfer.files]);
  };
  const docs = data?.items ?? [];

  return (
    <Box onDragOver={(e) => { if (canWrite) { e.preventDefault(); setDragging(true); } }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <Section
        title="Documents"
        description="Contracts, security reports, DPAs and anything else about this app"
        right={
          canWrite && (
            <FileButton onChange={(files) => void send(files)} multiple>
              {(props) => (
                <Button size="xs" leftSection={<IconUpload size={14} />} loading={upload.isPending} {...props} data-testid="upload-document">
                  Upload
                </Button>
              )}
            </FileButton>
          )
        }
      >
        {dragging && (
          <Box p="xl" mb="md" style={{ border: '2px dashed var(--mantine-color-indigo-4)', borderRadius: 12, background: 'var(--mantine-color-indigo-0)', textAlign: 'center' }}>
            <Text c="indigo.8" fw={500}>
              Drop files to upload them to {app.name}
            </Text>
          </Box>
        )}
        {isLoading ? (
          <TableSkeleton rows={3} />
        ) : docs.length === 0 ? (
          <EmptyState compact icon={<IconFileText size={22} />} title="No documents yet">
            {canWrite ? 'Upload the contract, the SOC 2 report or the signed DPA — or drag files onto this page.' : 'Nobody has uploaded documents for this app yet.'}
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="sm" data-testid="documents-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Size</Table.Th>
                  <Table.Th>Uploaded by</Table.Th>
                  <Table.Th>Uploaded</Table.Th>
                  <Table.Th w={90} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {docs.map((d) => (
                  <Table.Tr key={d.id} data-testid="document-row">
                    <Table.Td>
                      <Anchor href={`/api/documents/${d.id}/download`} size="sm" fw={500}>
                        <Group gap={6} wrap="nowrap">
                          <IconFileText size={16} />
                          <Text span size="sm" truncate maw={340}>
                            {d.name}
                          </Text>
                        </Group>
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {d.contentType}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatBytes(d.size)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{d.uploadedBy ?? '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={formatDateTime(d.createdAt)}>
                        <Text size="sm" c="dimmed">
                          {formatWhen(d.createdAt)}
                        </Text>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Tooltip label="Download">
                          <ActionIcon component="a" href={`/api/documents/${d.id}/download`} variant="subtle" color="gray" aria-label="Download">
                            <IconDownload size={16} />
                          </ActionIcon>
                        </Tooltip>
                        {canWrite && (
                          <ConfirmButton title="Delete this document?" message={`${d.name} will be deleted. Attestations that point to it lose their attachment.`} confirmLabel="Delete" onConfirm={() => remove.mutateAsync(d.id).then(() => notifySuccess(`${d.name} deleted.`))}>
                            {(open) => (
                              <Tooltip label="Delete">
                                <ActionIcon variant="subtle" color="red" onClick={open} aria-label="Delete document">
                                  <IconTrash size={16} />
                                </ActionIcon>
                              </Tooltip>
                            )}
                          </ConfirmButton>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canWrite && docs.length > 0 && (
          <Stack mt="sm">
            <Text size="xs" c="dimmed">
              Tip: drag files onto this page to upload them.
            </Text>
          </Stack>
        )}
      </Section>
    </Box>
  );
}
