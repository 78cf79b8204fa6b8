import { Alert, Button, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldErrors, notifySuccess } from '../../lib/errors.js';
import { useSession } from '../../lib/session.js';
import { useCreateApp } from './api.js';
import { toInput, valuesFromApp, type AppFormValues } from './appForm.js';
import { GeneralFields, OwnershipFields, SecurityFields, UsageFields, type FieldSetter } from './AppFormFields.js';

export function NewAppModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { user } = useSession();
  const scope = user.departmentScope;
  const [values, setValues] = useState<AppFormValues>(() => valuesFromApp(null, { departmentIds: scope.length === 1 ? [scope[0].id] : [], businessOwnerId: user.personId }));
  const create = useCreateApp();
  const navigate = useNavigate();
  const errors = fieldErrors(create.error);
  const set: FieldSetter = (key, value) => setValues((v) => ({ ...v, [key]: value }));
  const owner = user.personId ? { id: user.personId, name: user.name, email: user.email } : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(toInput(values), {
      onSuccess: (app) => {
        notifySuccess(`${app.name} was added to the inventory as “Discovered”.`, 'App added');
        onClose();
        void navigate({ to: '/apps/$appId', params: { appId: app.id } });
      },
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={650} size="lg">Add an app</Text>} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {create.error && <Alert color="red" variant="light">{errorMessage(create.error)}</Alert>}
          <GeneralFields values={values} set={set} errors={errors} canEdit compact />
          <Divider label="Ownership" labelPosition="left" />
          <OwnershipFields values={values} set={set} errors={errors} canEdit owners={{ businessOwner: owner, itOwner: null }} scope={scope} />
          <Divider label="Usage & data" labelPosition="left" />
          <UsageFields values={values} set={set} errors={errors} canEdit />
          <Divider label="Security" labelPosition="left" />
          <SecurityFields values={values} set={set} canEdit />
          <Group justify="space-between" mt="sm">
            <Text size="xs" c="dimmed">
              New apps start as “Discovered” until someone reviews them.
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending} disabled={!values.name.trim() || !values.category} data-testid="create-app-submit">
                Add app
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
