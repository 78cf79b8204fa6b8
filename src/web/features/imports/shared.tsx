import { Badge, Loader, type BadgeProps } from '@mantine/core';
import type { ImportDetail, ImportFormat, ImportSummary } from '../../../shared/schemas/imports.js';

export type ImportState = ImportSummary['state'];

/** Labels only (the web bundle imports types from the schemas, never zod itself); `satisfies` keeps them complete. */
export const FORMAT_LABELS = {
  card_csv: 'Card or expense CSV',
  ofx: 'OFX / QFX statement',
  camt053: 'camt.053 statement',
  hr: 'HR employee list',
  apps_csv: 'List of apps',
  okta: 'Okta System Log',
  entra: 'Entra ID sign-ins',
  google_reports: 'Google Workspace Reports',
} as const satisfies Record<ImportFormat, string>;
export const FORMAT_OPTIONS = (Object.keys(FORMAT_LABELS) as ImportFormat[]).map((f) => ({ value: f, label: FORMAT_LABELS[f] }));

const STATES = {
  uploaded: { label: 'Waiting to start', color: 'yellow' },
  queued: { label: 'Queued', color: 'blue' },
  running: { label: 'Running', color: 'indigo' },
  committed: { label: 'Imported', color: 'teal' },
  failed: { label: 'Failed', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'gray' },
} as const satisfies Record<ImportState, { label: string; color: string }>;
export const STATE_OPTIONS = (Object.keys(STATES) as ImportState[]).map((s) => ({ value: s, label: STATES[s].label }));

export const PHASE_LABELS: Record<string, string> = {
  queued: 'Waiting for a worker',
  uploading: 'Receiving the file',
  reading: 'Reading the file',
  loading: 'Reading and matching rows',
  committing: 'Saving',
  done: 'Done',
};

export const isActive = (state: ImportState) => state === 'queued' || state === 'running';
export const isFinished = (state: ImportState) => state === 'committed' || state === 'failed' || state === 'cancelled';

export function ImportStateBadge({ state, ...rest }: { state: ImportState } & Omit<BadgeProps, 'color' | 'children'>) {
  const s = STATES[state] ?? { label: state, color: 'gray' };
  return (
    <Badge color={s.color} variant="light" size="sm" data-state={state} leftSection={isActive(state) ? <Loader size={9} color={s.color} type="oval" /> : undefined} {...rest}>
      {s.label}
    </Badge>
  );
}

/** What the rows of a format become. */
export function formatKind(format: string): 'transactions' | 'people' | 'apps' | 'signins' | null {
  if (format === 'card_csv' || format === 'ofx' || format === 'camt053') return 'transactions';
  if (format === 'okta' || format === 'entra' || format === 'google_reports') return 'signins';
  if (format === 'hr') return 'people';
  if (format === 'apps_csv') return 'apps';
  return null;
}

export type TransactionOutcome = {
  rows: number;
  duplicates: number;
  byKind: Record<'software' | 'not_software' | 'unknown', { rows: number; amountMinor: Record<string, number> }>;
  topApps: { name: string; catalogAppId: string | null; rows: number; amountMinor: number; currency: string }[];
  unknownTexts?: number;
};
export type PeopleOutcome = { created: number; updated: number; unchanged: number; leavers: number; departmentsCreated: number; managersUnresolved?: number };
export type AppsOutcome = { created: number; updated: number; unchanged?: number };
export type SigninsOutcome = {
  events: number; signins: number; failures: number; interrupted: number; duplicates: number; grants: number; revokes: number; idpApps: number; users: number;
  unknownTexts: number; byKind: Record<'software' | 'not_software' | 'unknown', number>; topApps: { name: string; catalogAppId: string | null; signins: number; users: number }[];
};

/** The summary of a committed import, typed by what its format produces (the API keeps it loose). */
export function outcomeOf(imp: Pick<ImportDetail, 'format' | 'summary'>):
  | { kind: 'transactions'; s: TransactionOutcome }
  | { kind: 'people'; s: PeopleOutcome }
  | { kind: 'apps'; s: AppsOutcome }
  | { kind: 'signins'; s: SigninsOutcome }
  | null {
  const s = imp.summary;
  if (!s) return null;
  const kind = formatKind(imp.format);
  if (kind === 'transactions' && s.byKind && typeof s.byKind === 'object') return { kind, s: s as unknown as TransactionOutcome };
  if (kind === 'people' && typeof s.created === 'number') return { kind, s: s as unknown as PeopleOutcome };
  if (kind === 'apps' && typeof s.created === 'number') return { kind, s: s as unknown as AppsOutcome };
  if (kind === 'signins' && typeof s.events === 'number') return { kind, s: s as unknown as SigninsOutcome };
  return null;
}
