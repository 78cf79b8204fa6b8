import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconAlertTriangle, IconCalendar, IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Role } from '../../../shared/enums.js';
import type { ApiToken } from '../../../shared/schemas/org.js';
import { DepartmentMultiSelect } from '../../components/DepartmentSelect.js';
import { api } from '../../lib/api.js';
import { errorMessage, fieldErrors } from '../../lib/errors.js';
import { dayjs } from '../../lib/format.js';
import { RoleSelect } from './shared.js';

type Created = { token: ApiToken; secret: string };

function SecretView({ created, onClose }: { created: Created; onClose: () => void }) {
  return (
    <Stack data-testid="token-secret-view">
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Copy it now — it is shown only once">
        Tandem stores only a hash of the token. If you lose it, revoke it and create a new one.
      </Alert>
      <Text size="sm">
        Token <b>{created.token.name}</b>:
      </Text>
      <Group gap="xs" wrap="nowrap" align="stretch">
        <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap', fontSize: 13 }} data-testid="token-secret">
          {created.secret}
        </Code>
        <CopyButton value={created.secret}>
          {({ copied, copy }) => (
            <Button color={copied ? 'teal' : 'indigo'} onClick={copy} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} data-testid="copy-secret" style={{ height: 'auto' }}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="xs" c="dimmed">
        Use it as <Code>Authorization: Bearer {created.token.prefix}…</Code>
      </Text>
      <Group justify="flex-end">
        <Button onClick={onClose} data-testid="token-done">
          I have stored it
        </Button>
      </Group>
    </Stack>
  );
}

export function TokenModal({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | null>('auditor');
  const [scope, setScope] = useState<string[]>([]);
  const [expires, setExpires] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => api.post<Created>('/api/tokens', { name: name.trim(), role, departmentScopeIds: scope, expiresAt: expires ? dayjs(expires).endOf('day').toISOString() : null }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['tokens'] }),
  });
  const errors = fieldErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={650} size="lg">{create.data ? 'Your new API token' : 'New API token'}</Text>} size="lg" closeOnClickOutside={!create.data}>
      {create.data ? (
        <SecretView created={create.data} onClose={onClose} />
      ) : (
        <form onSubmit={submit}>
          <Stack>
            {create.error && !Object.keys(errors).length && (
              <Alert color="red" variant="light">
                {errorMessage(create.error)}
              </Alert>
            )}
            <TextInput label="Name" description="What uses it, e.g. “Finance BI export”" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-testid="token-name" data-autofocus />
            <RoleSelect value={role} onChange={setRole} error={errors.role} testId="token-role" />
            <DepartmentMultiSelect label="Department scope" description="Leave empty for the whole organisation" value={scope} onChange={setScope} error={errors.departmentScopeIds} placeholder={scope.length ? undefined : 'Whole organisation'} />
            <DatePickerInput label="Expires" description="Optional; the token stops working at the end of that day" clearable leftSection={<IconCalendar size={16} />} valueFormat="D MMM YYYY" minDate={dayjs().add(1, 'day').format('YYYY-MM-DD')} value={expires} onChange={setExpires} error={errors.expiresAt} placeholder="Never" />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending} disabled={!name.trim() || !role} data-testid="token-submit">
                Create token
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
