import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { notifyError } from '../lib/errors.js';

/** Renders a trigger and asks before running a destructive action. */
export function ConfirmButton({ title, message, confirmLabel = 'Confirm', color = 'red', onConfirm, children }: { title: string; message: ReactNode; confirmLabel?: string; color?: string; onConfirm: () => Promise<unknown>; children: (open: () => void) => ReactNode }) {
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await onConfirm();
      setOpened(false);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {children(() => setOpened(true))}
      <Modal opened={opened} onClose={() => setOpened(false)} title={<Text fw={650}>{title}</Text>} size="md">
        <Stack>
          <Text size="sm">{message}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              Cancel
            </Button>
            <Button color={color} loading={busy} onClick={run} data-testid="confirm-action">
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
