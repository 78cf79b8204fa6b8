import { Badge, type BadgeProps } from '@mantine/core';
import { LIFECYCLE_LABELS, type Lifecycle } from '../../shared/enums.js';

type Kind = 'lifecycle' | 'attestation' | 'person' | 'account' | 'token';

const STYLES: Record<Kind, Record<string, { color: string; label: string }>> = {
  lifecycle: {
    discovered: { color: 'gray', label: LIFECYCLE_LABELS.discovered },
    in_review: { color: 'yellow', label: LIFECYCLE_LABELS.in_review },
    approved: { color: 'teal', label: LIFECYCLE_LABELS.approved },
    restricted: { color: 'orange', label: LIFECYCLE_LABELS.restricted },
    retired: { color: 'dark', label: LIFECYCLE_LABELS.retired },
  },
  attestation: {
    valid: { color: 'teal', label: 'Valid' },
    expiring: { color: 'orange', label: 'Expiring' },
    expired: { color: 'red', label: 'Expired' },
    no_expiry: { color: 'gray', label: 'No expiry' },
  },
  person: {
    active: { color: 'teal', label: 'Active' },
    leaver: { color: 'gray', label: 'Leaver' },
  },
  account: {
    active: { color: 'teal', label: 'Active' },
    disabled: { color: 'red', label: 'Disabled' },
  },
  token: {
    active: { color: 'teal', label: 'Active' },
    expired: { color: 'orange', label: 'Expired' },
    revoked: { color: 'red', label: 'Revoked' },
  },
};

export const LIFECYCLE_COLORS: Record<Lifecycle, string> = {
  discovered: 'gray',
  in_review: 'yellow',
  approved: 'teal',
  restricted: 'orange',
  retired: 'dark',
};

/** Coloured status pill: lifecycle, attestation validity, person, account or token status. */
export function StatusBadge({ kind, value, ...rest }: { kind: Kind; value: string } & Omit<BadgeProps, 'color' | 'children'>) {
  const s = STYLES[kind][value] ?? { color: 'gray', label: value };
  return (
    <Badge color={s.color} variant="light" size="sm" data-status={value} {...rest}>
      {s.label}
    </Badge>
  );
}
