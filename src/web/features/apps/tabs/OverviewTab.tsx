import { Button, Card, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import type { AppDetail } from '../../../../shared/schemas/apps.js';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/errors.js';
import { formatWhen } from '../../../lib/format.js';
import { useCan, useSession } from '../../../lib/session.js';
import { useUpdateApp } from '../api.js';
import { changedFields, valuesFromApp, type AppFormValues } from '../appForm.js';
import { GeneralFields, OwnershipFields, SecurityFields, UsageFields, type FieldSetter } from '../AppFormFields.js';

export function Section({ title, description, children, right }: { title: string; description?: string; children: ReactNode; right?: ReactNode }) {
  return (
    <Card withBorder radius="md" p="lg">
      <Group justify="space-between" mb="md" align="flex-start">
        <div>
          <Title order={5} fw={600}>
            {title}
          </Title>
          {description && (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {right}
      </Group>
      {children}
    </Card>
  );
}

export function OverviewTab({ app }: { app: AppDetail }) {
  const can = useCan();
  const { user } = useSession();
  const canGeneral = can('app.update');
  const canSecurity = canGeneral || can('app.security');
  const [initial, setInitial] = useState(() => valuesFromApp(app));
  const [values, setValues] = useState(initial);
  const update = useUpdateApp(app.id);
  /** After a save the bar stays, saying so, until the page changes. */
  const [savedOnce, setSavedOnce] = useState(false);
  const errors = fieldErrors(update.error);
  const changes = changedFields(initial, values);
  const dirty = Object.keys(changes).length > 0;

  // Someone else saved (or our save returned): follow the server unless the user is mid-edit.
  useEffect(() => {
    const fresh = valuesFromApp(app);
    setInitial(fresh);
    if (!dirty) setValues(fresh);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [app.updatedAt]);

  const set: FieldSetter = (key, value) => setValues((v) => ({ ...v, [key]: value }));
  const save = () =>
    update.mutate(changes, {
      onSuccess: (saved) => {
        const fresh = valuesFromApp(saved);
        setInitial(fresh);
        setValues(fresh);
        setSavedOnce(true);
        notifySuccess(`${Object.keys(changes).length === 1 ? 'The change is' : 'Your changes are'} saved and recorded in History.`, `${saved.name} updated`);
      },
      onError: (e) => notifyError(e, 'Could not save the app'),
    });
  const discard = () => {
    setValues(initial);
    update.reset();
  };
  const owners = { businessOwner: app.businessOwner, itOwner: app.itOwner };
  const common = { values, set, errors } as { values: AppFormValues; set: FieldSetter; errors: Record<string, string> };

  return (
    <Stack gap="md" pb={dirty || savedOnce ? 80 : 0} data-testid="overview">
      <Section title="About" description="What the tool is and who sells it">
        <GeneralFields {...common} canEdit={canGeneral} />
      </Section>
      <Section title="Ownership" description="Who answers for it, and which teams use it">
        <OwnershipFields {...common} canEdit={canGeneral} owners={owners} scope={user.departmentScope} current={app.departments} />
      </Section>
      <Section title="Usage & data" description="How it is deployed, how many seats, and what data it holds">
        <UsageFields {...common} canEdit={canGeneral} canEditData={canSecurity} />
      </Section>
      <Section title="Identity & access" description="Capabilities of the tool; Security tracks the attestations">
        <SecurityFields {...common} canEdit={canSecurity} />
      </Section>
      <Section title="Notes" description="Anything the next reviewer should know">
        {canGeneral ? (
          <Textarea autosize minRows={3} maxRows={12} value={values.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={errors.notes} placeholder="Renewal quirks, contacts at the vendor, workarounds…" data-testid="app-notes" />
        ) : (
          <Text size="sm" c={values.notes ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
            {values.notes || 'No notes yet.'}
          </Text>
        )}
      </Section>
      <Text size="xs" c="dimmed">
        Added {formatWhen(app.createdAt)} · last updated {formatWhen(app.updatedAt)}
      </Text>
      {canSecurity && (dirty || update.isPending || savedOnce) && (
        <Paper
          withBorder
          shadow={dirty ? 'md' : 'xs'}
          p="sm"
          px="md"
          radius="md"
          pos="sticky"
          bottom={16}
          style={{ zIndex: 5, borderColor: dirty ? 'var(--mantine-color-indigo-3)' : undefined }}
          data-testid="save-bar"
        >
          <Group justify="space-between">
            <Text size="sm" c={dirty ? 'indigo.8' : 'dimmed'} fw={dirty ? 500 : 400}>
              {dirty ? (
                `Unsaved changes: ${Object.keys(changes).length} field${Object.keys(changes).length === 1 ? '' : 's'}`
              ) : (
                <Group gap={4} component="span">
                  <IconCheck size={14} /> All changes saved
                </Group>
              )}
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={discard} disabled={!dirty || update.isPending} data-testid="discard-app">
                Discard
              </Button>
              <Button leftSection={<IconDeviceFloppy size={16} />} onClick={save} loading={update.isPending} disabled={!dirty || !values.name.trim()} data-testid="save-app">
                Save changes
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
