import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../lib/api.js';
import { errorMessage, fieldErrors, notifySuccess } from '../../lib/errors.js';

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const mutation = useMutation({
    mutationFn: () => api.post('/api/auth/password', { currentPassword: current, newPassword: next }),
    onSuccess: () => {
      notifySuccess('Your password was changed.', 'Password updated');
      onClose();
    },
  });
  const fields = fieldErrors(mutation.error);
  const mismatch = confirm.length > 0 && confirm !== next;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch) mutation.mutate();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={650} size="lg">Change password</Text>} size="md">
      <form onSubmit={submit}>
        <Stack>
          {mutation.error && !Object.keys(fields).length && <Alert color="red">{errorMessage(mutation.error)}</Alert>}
          <PasswordInput label="Current password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.currentTarget.value)} error={fields.currentPassword} required data-autofocus data-testid="current-password" />
          <PasswordInput label="New password" description="At least 10 characters" autoComplete="new-password" value={next} onChange={(e) => setNext(e.currentTarget.value)} error={fields.newPassword} required data-testid="new-password" />
          <PasswordInput label="Repeat new password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.currentTarget.value)} error={mismatch ? 'The passwords differ' : undefined} required data-testid="repeat-password" />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!current || next.length < 10 || confirm !== next} data-testid="password-submit">
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
