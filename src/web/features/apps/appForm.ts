import type { Category, DataClass, DeploymentModel } from '../../../shared/enums.js';
import type { AppCreateInput, AppDetail, AppUpdateInput } from '../../../shared/schemas/apps.js';

export type AppFormValues = {
  name: string;
  vendor: string;
  category: Category | null;
  description: string;
  website: string;
  businessOwnerId: string | null;
  itOwnerId: string | null;
  departmentIds: string[];
  deploymentModel: DeploymentModel;
  dataClasses: DataClass[];
  seats: number | string;
  notes: string;
  ssoSupport: boolean;
  mfaSupport: boolean;
  scimSupport: boolean;
};

export const SECURITY_KEYS = ['ssoSupport', 'mfaSupport', 'scimSupport'] as const;

export function valuesFromApp(app?: AppDetail | null, defaults: Partial<AppFormValues> = {}): AppFormValues {
  return {
    name: app?.name ?? '',
    vendor: app?.vendor ?? '',
    category: app?.category ?? null,
    description: app?.description ?? '',
    website: app?.website ?? '',
    businessOwnerId: app?.businessOwner?.id ?? null,
    itOwnerId: app?.itOwner?.id ?? null,
    departmentIds: app?.departments.map((d) => d.id) ?? [],
    deploymentModel: app?.deploymentModel ?? 'cloud',
    dataClasses: app?.dataClasses ?? [],
    seats: app?.seats ?? '',
    notes: app?.notes ?? '',
    ssoSupport: app?.ssoSupport ?? false,
    mfaSupport: app?.mfaSupport ?? false,
    scimSupport: app?.scimSupport ?? false,
    ...defaults,
  };
}

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

export function toInput(v: AppFormValues): AppCreateInput {
  return {
    name: v.name.trim(),
    vendor: blank(v.vendor),
    category: v.category as Category,
    description: blank(v.description),
    website: blank(v.website),
    businessOwnerId: v.businessOwnerId,
    itOwnerId: v.itOwnerId,
    departmentIds: v.departmentIds,
    deploymentModel: v.deploymentModel,
    dataClasses: v.dataClasses,
    seats: v.seats === '' || v.seats === null ? null : Number(v.seats),
    notes: blank(v.notes),
    ssoSupport: v.ssoSupport,
    mfaSupport: v.mfaSupport,
    scimSupport: v.scimSupport,
  };
}

/** Only the fields that differ, so PATCH and the audit trail stay minimal. */
export function changedFields(initial: AppFormValues, current: AppFormValues): AppUpdateInput {
  const a = toInput(initial) as Record<string, unknown>;
  const b = toInput(current) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(b)) {
    const x = Array.isArray(a[k]) ? [...(a[k] as string[])].sort() : a[k];
    const y = Array.isArray(b[k]) ? [...(b[k] as string[])].sort() : b[k];
    if (JSON.stringify(x) !== JSON.stringify(y)) out[k] = b[k];
  }
  return out as AppUpdateInput;
}
