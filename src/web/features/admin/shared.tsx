import { Badge, Group, Select, Text, Tooltip } from '@mantine/core';
import { ROLES, ROLE_LABELS, type Role } from '../../../shared/enums.js';
import { ROLE_PERMISSIONS } from '../../../shared/permissions.js';

export const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Tooltip label={`${ROLE_PERMISSIONS[role].length} permissions`}>
      <Badge variant="light" color={role === 'it_admin' ? 'indigo' : role === 'auditor' ? 'gray' : 'cyan'} style={{ textTransform: 'none' }} size="sm">
        {ROLE_LABELS[role]}
      </Badge>
    </Tooltip>
  );
}

export function ScopeCell({ scope }: { scope: { id: string; name: string }[] }) {
  if (!scope.length)
    return (
      <Text size="sm" c="dimmed">
        Whole organisation
      </Text>
    );
  return (
    <Group gap={4}>
      {scope.map((d) => (
        <Badge key={d.id} size="sm" variant="outline" color="gray" style={{ textTransform: 'none' }}>
          {d.name}
        </Badge>
      ))}
    </Group>
  );
}

export function RoleSelect({ value, onChange, error, testId }: { value: Role | null; onChange: (r: Role) => void; error?: string; testId?: string }) {
  return (
    <Select
      label="Role"
      required
      data={ROLE_OPTIONS}
      value={value}
      onChange={(v) => v && onChange(v as Role)}
      allowDeselect={false}
      error={error}
      description={value ? describeRole(value) : undefined}
      data-testid={testId}
    />
  );
}

export function describeRole(role: Role): string {
  const p = ROLE_PERMISSIONS[role];
  if (role === 'it_admin') return 'Everything, including users, tokens and the demo reset';
  const can = [p.includes('app.update') && 'edit apps', p.includes('app.lifecycle') && 'change status', p.includes('app.security') && 'security details', p.includes('app.document') && 'documents', p.includes('app.comment') && 'comment', p.includes('audit.read') && 'audit log'].filter(Boolean);
  return can.length ? `Read, plus: ${can.join(', ')}` : 'Read-only';
}
