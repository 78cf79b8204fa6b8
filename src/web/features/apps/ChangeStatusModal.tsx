import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { LIFECYCLE_LABELS, LIFECYCLE_TRANSITIONS, type Lifecycle } from '../../../shared/enums.js';
import type { AppDetail } from '../../../shared/schemas/apps.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { errorMessage, fieldErrors, notifySuccess } from '../../lib/errors.js';
import { useChangeLifecycle } from './api.js';

const HINTS: Record<Lifecycle, string> = {
  discovered: 'Back to the unreviewed pile',
  in_review: 'Security, privacy and spend are being checked',
  approved: 'Cleared for use by the departments listed',
  restricted: 'Allowed only with conditions; no new adoption',
  retired: 'No longer in use; access should be removed',
};

export function ChangeStatusModal({ app, opened, onClose }: { app: AppDetail; opened: boolean; onClose: () => void }) {
  const options = LIFECYCLE_TRANSITIONS[app.lifecycleStatus];
  const [status, setStatus] = useState<Lifecycle | null>(options.length === 1 ? options[0] : null);
  const [reason, setReason] = useState('');
  const change = useChangeLifecycle(app.id);
  const errors = fieldErrors(change.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!status) return;
    change.mutate(
      { status, reason: reason.trim() },
      {
        onSuccess: (updated) => {
          notifySuccess(`${updated.name} is now ${LIFECYCLE_LABELS[updated.lifecycleStatus]}.`, 'Status changed');
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={650} size="lg">Change status</Text>} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              Currently
            </Text>
            <StatusBadge kind="lifecycle" value={app.lifecycleStatus} />
            {status && (
              <>
                <IconArrowRight size={14} />
                <StatusBadge kind="lifecycle" value={status} />
              </>
            )}
          </Group>
          {change.error && !Object.keys(errors).length && (
            <Alert color="red" variant="light">
              {errorMessage(change.error)}
            </Alert>
          )}
          <Radio.Group label="New status" value={status} onChange={(v) => setStatus(v as Lifecycle)} error={errors.status} data-testid="status-options">
            <Stack gap="xs" mt="xs">
              {options.map((s) => (
                <Radio.Card key={s} value={s} p="sm" radius="md" data-testid={`status-option-${s}`}>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator />
                    <div>
                      <Text fw={600} size="sm">
                        {LIFECYCLE_LABELS[s]}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {HINTS[s]}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label="Reason"
            description="Recorded in the app's history and the audit log"
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            placeholder="e.g. Security review passed; DPA signed on 12 March"
            data-testid="status-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={change.isPending} disabled={!status || reason.trim().length < 3} data-testid="status-submit">
              Change status
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
