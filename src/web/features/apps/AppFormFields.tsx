import { Anchor, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { CATEGORIES, CATEGORY_LABELS, DATA_CLASSES, DATA_CLASS_LABELS, DEPLOYMENT_LABELS, DEPLOYMENT_MODELS, type Category, type DataClass, type DeploymentModel } from '../../../shared/enums.js';
import { DepartmentMultiSelect } from '../../components/DepartmentSelect.js';
import { PersonSelect, type PersonRef } from '../../components/PersonSelect.js';
import { useDepartments } from '../../lib/queries.js';
import type { AppFormValues } from './appForm.js';

export const CATEGORY_SELECT = CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })).sort((a, b) => a.label.localeCompare(b.label));
const DEPLOYMENT_SELECT = DEPLOYMENT_MODELS.map((d) => ({ value: d, label: DEPLOYMENT_LABELS[d] }));
const DATA_SELECT = DATA_CLASSES.map((d) => ({ value: d, label: DATA_CLASS_LABELS[d] }));

export type FieldSetter = <K extends keyof AppFormValues>(key: K, value: AppFormValues[K]) => void;

type Common = {
  values: AppFormValues;
  set: FieldSetter;
  errors: Record<string, string>;
  /** app.update: general fields */
  canEdit: boolean;
};

export function ReadOnly({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)', minHeight: 22 }}>{children || <Text span c="dimmed" size="sm">—</Text>}</div>
    </Stack>
  );
}

export function GeneralFields({ values, set, errors, canEdit, compact }: Common & { compact?: boolean }) {
  if (!canEdit)
    return (
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md">
        <ReadOnly label="Name">{values.name}</ReadOnly>
        <ReadOnly label="Vendor">{values.vendor}</ReadOnly>
        <ReadOnly label="Category">{values.category ? CATEGORY_LABELS[values.category] : null}</ReadOnly>
        <ReadOnly label="Website">
          {values.website && (
            <Anchor href={values.website.startsWith('http') ? values.website : `https://${values.website}`} target="_blank" rel="noreferrer" size="sm">
              {values.website}
            </Anchor>
          )}
        </ReadOnly>
        <ReadOnly label="Description">{values.description}</ReadOnly>
      </SimpleGrid>
    );
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <TextInput label="Name" required value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} data-testid="app-name-input" />
        <TextInput label="Vendor" value={values.vendor} onChange={(e) => set('vendor', e.currentTarget.value)} error={errors.vendor} placeholder="e.g. HubSpot, Inc." />
        <Select label="Category" required searchable data={CATEGORY_SELECT} value={values.category} onChange={(v) => set('category', v as Category | null)} error={errors.category} allowDeselect={false} data-testid="app-category-select" />
        <TextInput label="Website" value={values.website} onChange={(e) => set('website', e.currentTarget.value)} error={errors.website} placeholder="https://" />
      </SimpleGrid>
      <Textarea label="Description" autosize minRows={compact ? 2 : 3} maxRows={8} value={values.description} onChange={(e) => set('description', e.currentTarget.value)} error={errors.description} placeholder="What the team uses it for" />
    </Stack>
  );
}

export function OwnershipFields({ values, set, errors, canEdit, owners, scope, current = [] }: Common & { owners: { businessOwner: PersonRef | null; itOwner: PersonRef | null }; scope: { id: string; name: string }[]; current?: { id: string; name: string }[] }) {
  const { data: allDepartments } = useDepartments();
  const names = new Map([...current, ...(allDepartments ?? [])].map((d) => [d.id, d.name]));
  if (!canEdit)
    return (
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        <ReadOnly label="Business owner">{owners.businessOwner?.name}</ReadOnly>
        <ReadOnly label="IT owner">{owners.itOwner?.name}</ReadOnly>
        <ReadOnly label="Departments">{values.departmentIds.map((id) => names.get(id) ?? '…').join(', ')}</ReadOnly>
      </SimpleGrid>
    );
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <PersonSelect label="Business owner" description="Accountable for the tool and its spend" value={values.businessOwnerId} initial={owners.businessOwner} onChange={(id) => set('businessOwnerId', id)} error={errors.businessOwnerId} testId="business-owner-select" />
      <PersonSelect label="IT owner" description="Runs access, SSO and offboarding" value={values.itOwnerId} initial={owners.itOwner} onChange={(id) => set('itOwnerId', id)} error={errors.itOwnerId} testId="it-owner-select" />
      <DepartmentMultiSelect
        label="Departments"
        description={scope.length ? `Within your scope: ${scope.map((d) => d.name).join(', ')}` : 'Teams that use it'}
        value={values.departmentIds}
        onChange={(ids) => set('departmentIds', ids)}
        error={errors.departmentIds}
        testId="departments-select"
        extra={current}
        only={scope.length ? [...scope.map((d) => d.id), ...values.departmentIds] : undefined}
        placeholder={values.departmentIds.length ? undefined : 'Choose departments'}
      />
    </SimpleGrid>
  );
}

export function UsageFields({ values, set, errors, canEdit, canEditData = canEdit }: Common & { canEditData?: boolean }) {
  if (!canEdit && !canEditData)
    return (
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        <ReadOnly label="Deployment">{DEPLOYMENT_LABELS[values.deploymentModel]}</ReadOnly>
        <ReadOnly label="Seats">{values.seats === '' ? null : Number(values.seats).toLocaleString()}</ReadOnly>
        <ReadOnly label="Data held">{values.dataClasses.map((d) => DATA_CLASS_LABELS[d]).join(', ')}</ReadOnly>
      </SimpleGrid>
    );
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      {canEdit ? (
        <Select label="Deployment" data={DEPLOYMENT_SELECT} value={values.deploymentModel} onChange={(v) => v && set('deploymentModel', v as DeploymentModel)} allowDeselect={false} error={errors.deploymentModel} />
      ) : (
        <ReadOnly label="Deployment">{DEPLOYMENT_LABELS[values.deploymentModel]}</ReadOnly>
      )}
      {canEdit ? (
        <NumberInput label="Seats" min={0} thousandSeparator="," allowDecimal={false} value={values.seats} onChange={(v) => set('seats', v)} error={errors.seats} placeholder="Licensed seats" />
      ) : (
        <ReadOnly label="Seats">{values.seats === '' ? null : Number(values.seats).toLocaleString()}</ReadOnly>
      )}
      <MultiSelect label="Data held" data={DATA_SELECT} value={values.dataClasses} onChange={(v) => set('dataClasses', v as DataClass[])} error={errors.dataClasses} placeholder={values.dataClasses.length ? undefined : 'None recorded'} clearable />
    </SimpleGrid>
  );
}

export function SecurityFields({ values, set, canEdit }: Omit<Common, 'errors'>) {
  const sw = (key: 'ssoSupport' | 'mfaSupport' | 'scimSupport', label: string, description: string) => (
    <Switch
      key={key}
      label={label}
      description={description}
      checked={values[key]}
      onChange={(e) => set(key, e.currentTarget.checked)}
      disabled={!canEdit}
      data-testid={`switch-${key}`}
    />
  );
  return (
    <Group gap="xl" align="flex-start">
      {sw('ssoSupport', 'Single sign-on (SSO)', 'Users sign in through the identity provider')}
      {sw('mfaSupport', 'Multi-factor authentication', 'MFA can be enforced')}
      {sw('scimSupport', 'SCIM provisioning', 'Accounts are created and removed automatically')}
    </Group>
  );
}
