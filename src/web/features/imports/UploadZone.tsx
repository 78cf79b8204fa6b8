import { Alert, Box, Button, Checkbox, Group, Paper, Progress, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCloudUpload, IconFileImport, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { ImportDetail } from '../../../shared/schemas/imports.js';
import { ApiError, uploadWithProgress, type UploadHandle } from '../../lib/api.js';
import { errorMessage } from '../../lib/errors.js';
import { formatBytes } from '../../lib/format.js';

type Upload = { file: File; fraction: number; loaded: number; handle: UploadHandle<ImportDetail> };

const ACCEPT = '.csv,.tsv,.txt,.ofx,.qfx,.xml,.json';

/**
 * Drop a file (or click to choose one): it is sent with the upload's own progress, Tandem recognises
 * its format, and the import's page opens to confirm and start it.
 */
export function UploadZone() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const depth = useRef(0);
  const [dragging, setDragging] = useState(false);
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (files: File[]) => {
    const file = files[0];
    if (!file || upload) return;
    setError(null);
    if (files.length > 1) notifications.show({ color: 'yellow', title: 'One file at a time', message: `Uploading ${file.name} only; drop the others after it.` });
    const handle = uploadWithProgress<ImportDetail>('/api/imports', file, { skipBadRows: skipBadRows || undefined }, (fraction, loaded) =>
      setUpload((u) => (u ? { ...u, fraction, loaded } : u)),
    );
    setUpload({ file, fraction: 0, loaded: 0, handle });
    try {
      const detail = await handle.promise;
      void qc.invalidateQueries({ queryKey: ['imports'] });
      qc.setQueryData(['imports', 'detail', detail.id], detail);
      void navigate({ to: '/imports/$importId', params: { importId: detail.id } });
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'aborted')) setError(errorMessage(e));
    } finally {
      setUpload(null);
      if (input.current) input.current.value = '';
    }
  };

  const onDragEnter = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    depth.current++;
    setDragging(true);
  };
  const onDragLeave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    depth.current = 0;
    setDragging(false);
    void send([...e.dataTransfer.files]);
  };
  const choose = () => {
    if (!upload) input.current?.click();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose();
    }
  };

  const processing = upload && upload.fraction >= 1;
  return (
    <Stack gap="xs" mb="lg">
      <Paper
        withBorder
        radius="md"
        p="xl"
        role="button"
        tabIndex={0}
        aria-label="Upload a file to import"
        onClick={choose}
        onKeyDown={onKey}
        onDragEnter={onDragEnter}
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes('Files')) e.preventDefault();
        }}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
        data-testid="upload-zone"
        data-dragging={dragging || undefined}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: dragging ? 'var(--mantine-color-indigo-5)' : 'var(--mantine-color-gray-4)',
          background: dragging ? 'var(--mantine-color-indigo-0)' : 'var(--mantine-color-white)',
          cursor: upload ? 'default' : 'pointer',
          transition: 'background 120ms, border-color 120ms',
        }}
      >
        <input ref={input} type="file" accept={ACCEPT} hidden onChange={(e) => void send([...(e.currentTarget.files ?? [])])} data-testid="upload-input" />
        {upload ? (
          <Stack gap={8} data-testid="upload-progress">
            <Group justify="space-between" wrap="nowrap">
              <Group gap="sm" wrap="nowrap" miw={0}>
                <ThemeIcon variant="light" color="indigo" radius="xl" size={36}>
                  <IconFileImport size={20} />
                </ThemeIcon>
                <Box miw={0}>
                  <Text fw={600} size="sm" truncate>
                    {upload.file.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {processing ? 'Uploaded; recognising the format…' : `${formatBytes(upload.loaded)} of ${formatBytes(upload.file.size)} · ${Math.floor(upload.fraction * 100)} %`}
                  </Text>
                </Box>
              </Group>
              {!processing && (
                <Tooltip label="Stop the upload">
                  <Button
                    variant="subtle"
                    color="gray"
                    size="xs"
                    leftSection={<IconX size={14} />}
                    onClick={(e) => {
                      e.stopPropagation();
                      upload.handle.abort();
                    }}
                    data-testid="upload-abort"
                  >
                    Stop
                  </Button>
                </Tooltip>
              )}
            </Group>
            <Progress value={upload.fraction * 100} size="md" radius="xl" animated={Boolean(processing)} striped={Boolean(processing)} />
          </Stack>
        ) : (
          <Group gap="lg" wrap="nowrap" justify="center">
            <ThemeIcon variant="light" color="indigo" radius="xl" size={52}>
              <IconCloudUpload size={28} />
            </ThemeIcon>
            <Box>
              <Text fw={600}>{dragging ? 'Drop the file to upload it' : 'Drop a file here, or click to choose one'}</Text>
              <Text size="sm" c="dimmed">
                Card or expense CSV, bank statement (OFX/QFX, camt.053), sign-in log (Okta, Entra ID, Google Workspace), HR employee list or a list of apps. Tandem recognises the format; you confirm before anything changes.
              </Text>
            </Box>
          </Group>
        )}
      </Paper>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Checkbox
          size="sm"
          label="Skip bad rows"
          description="Import the good rows and list the bad ones, instead of stopping at the first bad row"
          checked={skipBadRows}
          onChange={(e) => setSkipBadRows(e.currentTarget.checked)}
          disabled={Boolean(upload)}
          data-testid="upload-skip-bad"
        />
      </Group>
      {error && (
        <Alert color="red" variant="light" withCloseButton onClose={() => setError(null)} title="The file was not uploaded" data-testid="upload-error">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
