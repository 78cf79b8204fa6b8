import { Stack, Text, Tooltip } from '@mantine/core';
import { AnchorLink } from '../../components/AnchorLink.js';
import { createColumnHelper } from '@tanstack/react-table';
import { CATEGORY_LABELS } from '../../../shared/enums.js';
import type { AppSummary } from '../../../shared/schemas/apps.js';
import type { ColumnOption } from '../../components/ColumnChooser.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { formatDateTime, formatWhen } from '../../lib/format.js';
import { DataClassesCell, ExpiryCell, PersonCell, SecurityFlags, TagsCell } from './cells.js';

const col = createColumnHelper<AppSummary>();

/** Under the name: the vendor when it says something new, else the website's domain. */
function subtitle(a: AppSummary): string {
  const domain = a.website?.replace(/^https?:\/\//, '').replace(/\/$/, '') ?? '';
  if (a.vendor && !a.name.toLowerCase().startsWith(a.vendor.toLowerCase())) return domain ? `${a.vendor} · ${domain}` : a.vendor;
  return domain || a.vendor || '';
}

export const APP_COLUMN_OPTIONS: ColumnOption[] = [
  { id: 'name', label: 'Name', required: true },
  { id: 'vendor', label: 'Vendor', defaultVisible: false },
  { id: 'category', label: 'Category' },
  { id: 'status', label: 'Status' },
  { id: 'businessOwner', label: 'Business owner' },
  { id: 'itOwner', label: 'IT owner', defaultVisible: false },
  { id: 'departments', label: 'Departments' },
  { id: 'dataClasses', label: 'Data held', defaultVisible: false },
  { id: 'security', label: 'SSO / MFA / SCIM' },
  { id: 'seats', label: 'Seats', defaultVisible: false },
  { id: 'nextAttestationExpiry', label: 'Next attestation expiry' },
  { id: 'updatedAt', label: 'Updated', defaultVisible: false },
];

export const appColumns = [
  col.accessor('name', {
    id: 'name',
    header: 'Name',
    meta: { sortKey: 'name', wrap: true },
    cell: (c) => (
      <Stack gap={0} miw={190}>
        <AnchorLink to="/apps/$appId" params={{ appId: c.row.original.id }} fw={600} size="sm" c="dark" underline="hover" data-testid="app-link">
          {c.getValue()}
        </AnchorLink>
        <Text size="xs" c="dimmed" truncate maw={260}>
          {subtitle(c.row.original)}
        </Text>
      </Stack>
    ),
  }),
  col.accessor('vendor', { id: 'vendor', header: 'Vendor', meta: { sortKey: 'vendor' }, cell: (c) => <Text size="sm">{c.getValue() ?? '—'}</Text> }),
  col.accessor('category', { id: 'category', header: 'Category', meta: { sortKey: 'category', wrap: true }, cell: (c) => <Text size="sm" miw={140}>{CATEGORY_LABELS[c.getValue()] ?? c.getValue()}</Text> }),
  col.accessor('lifecycleStatus', { id: 'status', header: 'Status', meta: { sortKey: 'lifecycleStatus' }, cell: (c) => <StatusBadge kind="lifecycle" value={c.getValue()} /> }),
  col.accessor('businessOwner', { id: 'businessOwner', header: 'Business owner', cell: (c) => <PersonCell person={c.getValue()} /> }),
  col.accessor('itOwner', { id: 'itOwner', header: 'IT owner', cell: (c) => <PersonCell person={c.getValue()} /> }),
  col.accessor('departments', { id: 'departments', header: 'Departments', cell: (c) => <TagsCell items={c.getValue().map((d) => d.name)} /> }),
  col.accessor('dataClasses', { id: 'dataClasses', header: 'Data held', cell: (c) => <DataClassesCell classes={c.getValue()} /> }),
  col.display({ id: 'security', header: 'SSO / MFA / SCIM', cell: (c) => <SecurityFlags sso={c.row.original.ssoSupport} mfa={c.row.original.mfaSupport} scim={c.row.original.scimSupport} /> }),
  col.accessor('seats', { id: 'seats', header: 'Seats', meta: { sortKey: 'seats', align: 'right' }, cell: (c) => <Text size="sm">{c.getValue()?.toLocaleString() ?? '—'}</Text> }),
  col.accessor('nextAttestationExpiry', { id: 'nextAttestationExpiry', header: 'Next expiry', meta: { sortKey: 'nextAttestationExpiry' }, cell: (c) => <ExpiryCell date={c.getValue()} /> }),
  col.accessor('updatedAt', {
    id: 'updatedAt',
    header: 'Updated',
    meta: { sortKey: 'updatedAt' },
    cell: (c) => (
      <Tooltip label={formatDateTime(c.getValue())}>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatWhen(c.getValue())}
        </Text>
      </Tooltip>
    ),
  }),
];
