import { Badge, Button, Group, Stack, Text, Tooltip, type BadgeProps, type MantineSize } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconArrowRight, IconCheck, IconCirclePlus, IconEyeOff } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { AppUsage, DiscoveredApp } from '../../../shared/schemas/discovery.js';
import { LIFECYCLE_LABELS, type Lifecycle } from '../../../shared/enums.js';
import { api } from '../../lib/api.js';
import { notifyError } from '../../lib/errors.js';
import { formatMoney } from '../../lib/format.js';
import { useCan } from '../../lib/session.js';

export type DiscoveryStatus = DiscoveredApp['status'];
export type HrStatus = AppUsage['hrStatus'];
export type Risk = NonNullable<DiscoveredApp['grantRisk']>;
export type AddResult = { appId: string; created: boolean; lifecycleStatus: string };
/** What the actions need of a discovered app (the list row or the detail). */
export type ActionApp = Pick<DiscoveredApp, 'catalogAppId' | 'name' | 'status' | 'inventory'>;
/** What the page shows after "Add to inventory": the app and a link to it. */
export type Added = AddResult & { name: string };

/** Where a discovered app was seen (the `sources` of a discovered app). */
export const APP_SOURCES: Record<string, { label: string; color: string }> = {
  okta: { label: 'Okta', color: 'blue' },
  entra: { label: 'Entra', color: 'cyan' },
  google_login: { label: 'Google sign-in', color: 'green' },
  google_token: { label: 'Google OAuth', color: 'lime' },
  card: { label: 'Card', color: 'grape' },
  apps_csv: { label: 'Apps CSV', color: 'gray' },
};
export const APP_SOURCE_OPTIONS = ['okta', 'entra', 'google_login', 'google_token', 'card'].map((s) => ({ value: s, label: APP_SOURCES[s].label }));

export const STATUS_STYLES: Record<DiscoveryStatus, { label: string; color: string; hint: string }> = {
  shadow: { label: 'Shadow IT', color: 'orange', hint: 'In use, and nobody approved it' },
  in_inventory: { label: 'In inventory', color: 'teal', hint: 'The inventory has it (in review or further)' },
  known: { label: 'Known', color: 'blue', hint: 'Marked as known: approved outside the inventory' },
  not_relevant: { label: 'Not relevant', color: 'gray', hint: 'Set aside: not worth tracking' },
};

export const RISK_STYLES: Record<string, { label: string; color: string }> = {
  high: { label: 'High risk', color: 'red' },
  medium: { label: 'Medium risk', color: 'yellow' },
  low: { label: 'Low risk', color: 'gray' },
};

export const HR_STYLES: Record<HrStatus, { label: string; color: string; hint: string }> = {
  not_in_hr: { label: 'Not in HR', color: 'orange', hint: 'No person in the HR list has this e-mail or alias' },
  leaver_after_end: { label: 'Leaver after end date', color: 'red', hint: 'Left the company, and signed in after the end date' },
  leaver: { label: 'Leaver', color: 'gray', hint: 'Left the company; no sign-in after the end date' },
  active: { label: 'In HR', color: 'teal', hint: 'An active person of the HR list' },
};

export function SourceBadges({ sources, size = 'sm' }: { sources: string[]; size?: MantineSize }) {
  return (
    <Group gap={4} wrap="nowrap">
      {sources.map((s) => (
        <Badge key={s} size={size} variant="light" color={APP_SOURCES[s]?.color ?? 'gray'} style={{ textTransform: 'none' }} data-source={s}>
          {APP_SOURCES[s]?.label ?? s}
        </Badge>
      ))}
    </Group>
  );
}

export function DiscoveryStatusBadge({ status, ...rest }: { status: DiscoveryStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  const s = STATUS_STYLES[status];
  return (
    <Tooltip label={s.hint}>
      <Badge variant="light" color={s.color} size="sm" data-status={status} data-testid="discovery-status" {...rest}>
        {s.label}
      </Badge>
    </Tooltip>
  );
}

export function RiskBadge({ risk, ...rest }: { risk: string } & Omit<BadgeProps, 'color' | 'children'>) {
  const s = RISK_STYLES[risk] ?? { label: risk, color: 'gray' };
  return (
    <Badge variant={risk === 'high' ? 'filled' : 'light'} color={s.color} size="sm" data-risk={risk} {...rest}>
      {s.label}
    </Badge>
  );
}

export function HrBadge({ status }: { status: HrStatus }) {
  const s = HR_STYLES[status];
  return (
    <Tooltip label={s.hint}>
      <Badge variant={status === 'active' ? 'dot' : 'light'} color={s.color} size="sm" data-hr={status} data-testid="hr-status">
        {s.label}
      </Badge>
    </Tooltip>
  );
}

/** One line per currency, biggest first; "—" when nothing was spent. */
export function SpendText({ spend, size = 'sm', align = 'flex-end' }: { spend: Record<string, number>; size?: MantineSize; align?: 'flex-end' | 'flex-start' }) {
  const entries = Object.entries(spend).filter(([, v]) => v !== 0).sort((a, b) => b[1] - a[1]);
  if (!entries.length)
    return (
      <Text size={size} c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={0} align={align}>
      {entries.map(([c, v]) => (
        <Text key={c} size={size} fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatMoney(v, c)}
        </Text>
      ))}
    </Stack>
  );
}

export const lifecycleLabel = (s: string) => LIFECYCLE_LABELS[s as Lifecycle] ?? s;
export const appPath = (catalogAppId: string) => `/api/discovery/apps/${encodeURIComponent(catalogAppId)}`;

/** Decide (known / not relevant / undo) and add to the inventory; every discovery view refreshes afterwards. */
export function useDiscoveryActions(onAdded?: (a: Added) => void) {
  const qc = useQueryClient();
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['discovery'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
  const decide = useMutation({
    mutationFn: ({ app, decision }: { app: ActionApp; decision: 'known' | 'not_relevant' | null }) =>
      api.post<DiscoveredApp>(`${appPath(app.catalogAppId)}/decision`, { decision, note: null }),
    onSuccess: (_r, { app, decision }) => {
      notifications.show({
        color: 'teal',
        message: decision === 'known' ? `${app.name} is marked as known.` : decision === 'not_relevant' ? `${app.name} is set aside as not relevant.` : `${app.name} is back in the list as found.`,
        autoClose: 3500,
      });
      refresh();
    },
    onError: (e) => notifyError(e, 'Nothing was changed'),
  });
  const add = useMutation({
    mutationFn: ({ app }: { app: ActionApp }) => api.post<AddResult>(`${appPath(app.catalogAppId)}/add-to-inventory`, { note: null }),
    onSuccess: (r, { app }) => {
      notifications.show({
        color: 'teal',
        title: r.created ? 'Added to the inventory' : 'Moved to review',
        message: `${app.name} is in the inventory as “${lifecycleLabel(r.lifecycleStatus)}”.`,
        autoClose: 5000,
      });
      onAdded?.({ ...r, name: app.name });
      refresh();
      void qc.invalidateQueries({ queryKey: ['apps'] });
    },
    onError: (e) => notifyError(e, 'The app was not added'),
  });
  return { decide, add, busy: decide.isPending || add.isPending };
}

/**
 * One-click decisions on a discovered app: add to the inventory (→ in review), known, not relevant;
 * undo for decided ones, a link once it is in the inventory. Hidden for roles without discovery.write.
 */
export function AppActions({ app, onAdded, size = 'compact-xs', justify = 'flex-end' }: { app: ActionApp; onAdded?: (a: Added) => void; size?: 'compact-xs' | 'xs'; justify?: 'flex-end' | 'flex-start' }) {
  const can = useCan();
  const { decide, add, busy } = useDiscoveryActions(onAdded);
  const canWrite = can('discovery.write');
  const canAdd = canWrite && can('app.create') && can('app.lifecycle');
  const icon = size === 'xs' ? 14 : 13;
  const deciding = (d: 'known' | 'not_relevant' | null) => decide.isPending && decide.variables?.decision === d;

  const openApp = app.inventory && (
    <Button
      renderRoot={(props) => <Link to="/apps/$appId" params={{ appId: app.inventory!.id }} {...props} />}
      size={size}
      variant="light"
      color="teal"
      rightSection={<IconArrowRight size={icon} />}
      data-testid="open-inventory-app"
    >
      Open in inventory
    </Button>
  );
  const addButton = canAdd && (!app.inventory || app.inventory.lifecycleStatus === 'discovered') && (
    <Tooltip label={app.inventory ? 'The inventory has it as discovered: move it to review' : 'Create it in the inventory, in review'}>
      <Button size={size} variant="filled" leftSection={<IconCirclePlus size={icon} />} loading={add.isPending} disabled={busy} onClick={() => add.mutate({ app })} data-testid="add-to-inventory">
        Add to inventory
      </Button>
    </Tooltip>
  );

  if (app.status === 'in_inventory' || !canWrite) return openApp ? <Group justify={justify} wrap="nowrap">{openApp}</Group> : null;
  return (
    <Group gap={6} justify={justify} wrap="nowrap">
      {app.status === 'shadow' && (
        <>
          {addButton}
          <Tooltip label="Approved outside the inventory, or fine as it is">
            <Button size={size} variant="light" color="blue" leftSection={size === 'xs' ? <IconCheck size={icon} /> : undefined} loading={deciding('known')} disabled={busy} onClick={() => decide.mutate({ app, decision: 'known' })} data-testid="mark-known">
              Known
            </Button>
          </Tooltip>
          <Tooltip label="Not worth tracking: hide it from shadow IT">
            <Button size={size} variant="light" color="gray" leftSection={size === 'xs' ? <IconEyeOff size={icon} /> : undefined} loading={deciding('not_relevant')} disabled={busy} onClick={() => decide.mutate({ app, decision: 'not_relevant' })} data-testid="mark-not-relevant">
              Not relevant
            </Button>
          </Tooltip>
        </>
      )}
      {app.status === 'known' && addButton}
      {(app.status === 'known' || app.status === 'not_relevant') && (
        <Tooltip label={`Clear “${STATUS_STYLES[app.status].label}”: back to shadow IT`}>
          <Button size={size} variant="default" leftSection={<IconArrowBackUp size={icon} />} loading={deciding(null)} disabled={busy} onClick={() => decide.mutate({ app, decision: null })} data-testid="undo-decision">
            Undo
          </Button>
        </Tooltip>
      )}
    </Group>
  );
}
