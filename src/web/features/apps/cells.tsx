import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { AnchorLink } from '../../components/AnchorLink.js';
import { DATA_CLASS_LABELS, type DataClass } from '../../../shared/enums.js';
import { dayjs, formatDate, formatDue } from '../../lib/format.js';

type Ref = { id: string; name: string; email?: string } | null;

export function PersonCell({ person }: { person: Ref }) {
  if (!person) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <AnchorLink to="/people/$personId" params={{ personId: person.id }} size="sm" c="dark" underline="hover">
      {person.name}
    </AnchorLink>
  );
}

export function TagsCell({ items, max = 2, color = 'gray', wrap = false }: { items: string[]; max?: number; color?: string; wrap?: boolean }) {
  if (!items.length) return <Text size="sm" c="dimmed">—</Text>;
  const rest = items.length - max;
  return (
    <Group gap={4} wrap={wrap ? 'wrap' : 'nowrap'}>
      {items.slice(0, max).map((t) => (
        <Badge key={t} size="sm" variant="light" color={color} style={{ textTransform: 'none', flexShrink: 0, overflow: 'visible' }} fw={500}>
          {t}
        </Badge>
      ))}
      {rest > 0 && (
        <Tooltip label={items.slice(max).join(', ')}>
          <Badge size="sm" variant="outline" color="gray" style={{ flexShrink: 0, overflow: 'visible' }}>
            +{rest}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

const SHORT_DATA: Record<DataClass, string> = { customer_personal: 'Customer PII', employee: 'Employee', financial: 'Financial', public: 'Public' };

export function DataClassesCell({ classes }: { classes: DataClass[] }) {
  if (!classes.length) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <Group gap={4} wrap="nowrap">
      {classes.map((c) => (
        <Tooltip key={c} label={DATA_CLASS_LABELS[c]}>
          <Badge size="sm" variant="dot" color={c === 'customer_personal' ? 'red' : c === 'financial' ? 'orange' : c === 'employee' ? 'violet' : 'gray'} style={{ textTransform: 'none' }} fw={500}>
            {SHORT_DATA[c]}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}

export function SecurityFlags({ sso, mfa, scim }: { sso: boolean; mfa: boolean; scim: boolean }) {
  const flag = (label: string, on: boolean) => (
    <Tooltip key={label} label={`${label} ${on ? 'supported' : 'not supported'}`}>
      <Badge size="sm" radius="sm" variant={on ? 'light' : 'outline'} color={on ? 'teal' : 'gray'} style={{ opacity: on ? 1 : 0.55 }} data-flag={label} data-on={on}>
        {label}
      </Badge>
    </Tooltip>
  );
  return (
    <Group gap={4} wrap="nowrap">
      {flag('SSO', sso)}
      {flag('MFA', mfa)}
      {flag('SCIM', scim)}
    </Group>
  );
}

export function ExpiryCell({ date }: { date: string | null }) {
  if (!date) return <Text size="sm" c="dimmed">—</Text>;
  const days = dayjs(date).startOf('day').diff(dayjs().startOf('day'), 'day');
  const color = days < 0 ? 'red' : days <= 60 ? 'orange' : undefined;
  return (
    <Tooltip label={formatDue(date)}>
      <Text size="sm" c={color} fw={color ? 500 : undefined} style={{ whiteSpace: 'nowrap' }}>
        {formatDate(date)}
        {days < 0 ? ' · expired' : ''}
      </Text>
    </Tooltip>
  );
}
