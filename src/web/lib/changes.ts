import { ATTESTATION_LABELS, CATEGORY_LABELS, DATA_CLASS_LABELS, DEPLOYMENT_LABELS, LIFECYCLE_LABELS, ROLE_LABELS } from '../../shared/enums.js';
import type { AuditEntry } from '../../shared/schemas/org.js';
import { formatBytes, formatDate, formatDateTime } from './format.js';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name', vendor: 'Vendor', category: 'Category', description: 'Description', notes: 'Notes', website: 'Website',
  businessOwnerId: 'Business owner', itOwnerId: 'IT owner', departmentIds: 'Departments', deploymentModel: 'Deployment',
  dataClasses: 'Data held', ssoSupport: 'SSO', mfaSupport: 'MFA', scimSupport: 'SCIM', seats: 'Seats',
  lifecycleStatus: 'Status', reason: 'Reason', type: 'Type', issuedOn: 'Issued', expiresOn: 'Expires', documentId: 'Document',
  documentName: 'Document', size: 'Size', contentType: 'File type', body: 'Comment', mentionIds: 'Mentions', role: 'Role',
  departmentScopeIds: 'Department scope', disabled: 'Disabled', email: 'E-mail', title: 'Title', departmentId: 'Department',
  managerId: 'Manager', status: 'Status', startDate: 'Start date', endDate: 'End date', headId: 'Head', expiresAt: 'Expires',
  revokedAt: 'Revoked', prefix: 'Prefix', appId: 'App', ip: 'IP address', userAgent: 'Browser',
};

const IMPORT_FORMAT_LABELS: Record<string, string> = { card_csv: 'Card or expense CSV', ofx: 'OFX / QFX statement', camt053: 'camt.053 statement', hr: 'HR employee list', apps_csv: 'List of apps', pending: 'Not recognised' };

const ENUM_LABELS: Record<string, Record<string, string>> = {
  category: CATEGORY_LABELS, lifecycleStatus: LIFECYCLE_LABELS, deploymentModel: DEPLOYMENT_LABELS, dataClasses: DATA_CLASS_LABELS,
  type: ATTESTATION_LABELS, role: ROLE_LABELS, format: IMPORT_FORMAT_LABELS,
};

/** Keys never shown as their own row (they ride along with another field or are noise). */
const HIDDEN = new Set(['id', 'appId', 'businessOwnerName', 'itOwnerName', 'managerName', 'headName', 'departmentNames', 'departmentScopeNames', 'documentName', 'createdAt', 'updatedAt', 'passwordHash', 'status_reason', 'mentionIds']);
/** When a companion `…Name` is present, it is shown instead of the id. */
const NAME_COMPANION: Record<string, string> = { businessOwnerId: 'businessOwnerName', itOwnerId: 'itOwnerName', managerId: 'managerName', headId: 'headName', documentId: 'documentName', departmentIds: 'departmentNames', departmentScopeIds: 'departmentScopeNames' };

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_.]/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export type Lookup = { department: (id: string) => string | undefined };

export function formatValue(key: string, value: unknown, lookup?: Lookup): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return key === 'disabled' ? (value ? 'Yes' : 'No') : value ? 'Yes' : 'No';
  if (Array.isArray(value)) {
    if (!value.length) return 'none';
    return value.map((v) => formatValue(key, v, lookup)).join(', ');
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string') return o.name;
    if (typeof o.label === 'string') return o.label;
    return JSON.stringify(value);
  }
  if (typeof value === 'number') return key === 'size' ? formatBytes(value) : value.toLocaleString();
  const s = String(value);
  const labels = ENUM_LABELS[key];
  if (labels?.[s]) return labels[s];
  if (UUID.test(s)) {
    if (/department/i.test(key) && lookup) return lookup.department(s) ?? 'Unknown department';
    return `${s.slice(0, 8)}…`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return formatDate(s);
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) return formatDateTime(s);
  return s;
}

export type FieldChange = { key: string; label: string; from: string | null; to: string | null; long?: boolean };

function asRecord(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Before/after of an audit entry as human rows: "Business owner: Ana → Ben". */
export function describeChanges(entry: Pick<AuditEntry, 'before' | 'after'>, lookup?: Lookup): FieldChange[] {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !HIDDEN.has(k));
  const hasBefore = entry.before !== null && entry.before !== undefined;
  const hasAfter = entry.after !== null && entry.after !== undefined;
  return keys.map((key) => {
    const companion = NAME_COMPANION[key];
    const show = (rec: Record<string, unknown>) => {
      if (!(key in rec)) return null;
      if (companion && companion in rec) return formatValue(key, rec[companion], lookup);
      return formatValue(key, rec[key], lookup);
    };
    const from = hasBefore ? show(before) : null;
    const to = hasAfter ? show(after) : null;
    const long = [from, to].some((v) => (v?.length ?? 0) > 80) || key === 'description' || key === 'notes' || key === 'body';
    return { key, label: fieldLabel(key), from, to, long };
  }).filter((c) => !(c.from === null && c.to === '—') && !(c.to === null && c.from === '—'));
}

const VERBS: Record<string, string> = {
  'app.create': 'added the app',
  'app.update': 'edited the app',
  'app.lifecycle': 'changed the status',
  'attestation.create': 'added an attestation',
  'attestation.update': 'updated an attestation',
  'attestation.delete': 'removed an attestation',
  'document.upload': 'uploaded a document',
  'document.delete': 'deleted a document',
  'comment.create': 'commented',
  'auth.login': 'signed in',
  'auth.logout': 'signed out',
  'user.create': 'created a user',
  'user.update': 'updated a user',
  'user.password_change': 'changed their password',
  'token.create': 'created an API token',
  'token.revoke': 'revoked an API token',
  'alias_rule.create': 'added an alias rule',
  'alias_rule.update': 'changed an alias rule',
  'demo.reload': 'reloaded the demo organisation',
  'person.create': 'added a person',
  'person.update': 'updated a person',
  'person.leaver': 'marked a person as a leaver',
  'department.create': 'added a department',
  'department.update': 'updated a department',
  'import.upload': 'uploaded a file to import',
  'import.start': 'started an import',
  'import.commit': 'completed an import',
  'import.fail': 'ran an import that failed',
  'import.cancel': 'cancelled an import',
  'import.cancel_request': 'asked to cancel an import',
  'import_mapping.save': 'saved a column mapping',
};

export function actionVerb(action: string): string {
  return VERBS[action] ?? action.replace(/[._]/g, ' ');
}

export const KNOWN_ACTIONS = Object.keys(VERBS);
export const KNOWN_ENTITY_TYPES = ['app', 'attestation', 'document', 'comment', 'person', 'department', 'user', 'api_token', 'alias_rule', 'import', 'import_mapping'];

/** One-line summary for tables: "Business owner: Ana → Ben; Status: …". */
export function summarizeChanges(entry: Pick<AuditEntry, 'action' | 'before' | 'after'>, lookup?: Lookup): string {
  const body = asRecord(entry.after).body;
  if (entry.action === 'comment.create' && typeof body === 'string') return `“${body.length > 90 ? `${body.slice(0, 90)}…` : body}”`;
  const changes = describeChanges(entry, lookup).filter((c) => !c.long || c.key === 'reason');
  if (entry.action.endsWith('.create') || entry.action === 'document.upload') {
    const name = asRecord(entry.after).name ?? asRecord(entry.after).type;
    if (name) return formatValue('type', name);
  }
  return changes
    .slice(0, 3)
    .map((c) => (c.from !== null && c.to !== null ? `${c.label}: ${c.from} → ${c.to}` : `${c.label}: ${c.to ?? c.from}`))
    .join('; ');
}
