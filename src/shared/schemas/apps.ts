import { z } from 'zod';
import { ATTESTATION_TYPES, CATEGORIES, DATA_CLASSES, DEPLOYMENT_MODELS, LIFECYCLE } from '../enums.js';
import { booleanish, csvList, DepartmentRef, Id, ListQueryBase, PersonRef } from './common.js';

export const AttestationStatus = z.enum(['valid', 'expiring', 'expired', 'no_expiry']);

export const Attestation = z.object({
  id: Id,
  appId: Id,
  type: z.enum(ATTESTATION_TYPES),
  issuedOn: z.string().nullable().describe('ISO date'),
  expiresOn: z.string().nullable().describe('ISO date'),
  status: AttestationStatus,
  documentId: Id.nullable(),
  documentName: z.string().nullable(),
  notes: z.string().nullable(),
});
export type Attestation = z.infer<typeof Attestation>;

export const AppSummary = z.object({
  id: Id,
  name: z.string(),
  vendor: z.string().nullable(),
  category: z.enum(CATEGORIES),
  lifecycleStatus: z.enum(LIFECYCLE),
  businessOwner: PersonRef,
  itOwner: PersonRef,
  departments: z.array(DepartmentRef),
  deploymentModel: z.enum(DEPLOYMENT_MODELS),
  dataClasses: z.array(z.enum(DATA_CLASSES)),
  ssoSupport: z.boolean(),
  mfaSupport: z.boolean(),
  scimSupport: z.boolean(),
  seats: z.number().int().nullable(),
  website: z.string().nullable(),
  nextAttestationExpiry: z.string().nullable().describe('Earliest attestation expiry date'),
  updatedAt: z.string(),
});
export type AppSummary = z.infer<typeof AppSummary>;

export const AppDetail = AppSummary.extend({
  description: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  attestations: z.array(Attestation),
  counts: z.object({ documents: z.number().int(), comments: z.number().int(), contracts: z.number().int(), integrations: z.number().int(), kpis: z.number().int(), users: z.number().int() }),
});
export type AppDetail = z.infer<typeof AppDetail>;

export const APP_SORTS = ['name', '-name', 'category', '-category', 'lifecycleStatus', '-lifecycleStatus', 'vendor', '-vendor', 'seats', '-seats', 'updatedAt', '-updatedAt', 'nextAttestationExpiry', '-nextAttestationExpiry'] as const;

export const AppListQuery = ListQueryBase.extend({
  status: csvList(z.enum(LIFECYCLE)).describe('Lifecycle statuses, comma-separated'),
  category: csvList(z.enum(CATEGORIES)).describe('Categories, comma-separated'),
  department: csvList(Id).describe('Department ids, comma-separated'),
  owner: Id.optional().describe('Person id who is business or IT owner'),
  dataClass: csvList(z.enum(DATA_CLASSES)).describe('Apps holding any of these data classes'),
  sso: booleanish.describe('SSO support'),
  attestationExpiringDays: z.coerce.number().int().min(0).max(3650).optional().describe('Apps with an attestation expired or expiring within N days'),
  sort: z.enum(APP_SORTS).default('name'),
});
export type AppListQuery = z.infer<typeof AppListQuery>;

const appFields = {
  name: z.string().trim().min(1).max(200),
  vendor: z.string().trim().max(200).nullable().optional(),
  category: z.enum(CATEGORIES),
  description: z.string().max(5000).nullable().optional(),
  notes: z.string().max(5000).nullable().optional(),
  website: z.string().trim().max(500).nullable().optional(),
  businessOwnerId: Id.nullable().optional(),
  itOwnerId: Id.nullable().optional(),
  departmentIds: z.array(Id).max(100).optional(),
  deploymentModel: z.enum(DEPLOYMENT_MODELS).optional(),
  dataClasses: z.array(z.enum(DATA_CLASSES)).optional(),
  ssoSupport: z.boolean().optional(),
  mfaSupport: z.boolean().optional(),
  scimSupport: z.boolean().optional(),
  seats: z.number().int().min(0).max(10_000_000).nullable().optional(),
};
export const AppCreateInput = z.object(appFields);
export type AppCreateInput = z.infer<typeof AppCreateInput>;
export const AppUpdateInput = z.object(appFields).partial();
export type AppUpdateInput = z.infer<typeof AppUpdateInput>;

export const LifecycleChangeInput = z.object({
  status: z.enum(LIFECYCLE),
  reason: z.string().trim().min(3, 'Say why, in a few words').max(2000),
});
export type LifecycleChangeInput = z.infer<typeof LifecycleChangeInput>;

export const AttestationInput = z.object({
  type: z.enum(ATTESTATION_TYPES),
  issuedOn: z.iso.date().nullable().optional(),
  expiresOn: z.iso.date().nullable().optional(),
  documentId: Id.nullable().optional(),
  notes: z.string().max(2000).nullable().optional(),
});
export type AttestationInput = z.infer<typeof AttestationInput>;

export const DocumentMeta = z.object({
  id: Id,
  appId: Id,
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const Comment = z.object({
  id: Id,
  appId: Id,
  body: z.string(),
  author: z.string(),
  authorId: Id.nullable(),
  mentions: z.array(z.object({ id: Id, name: z.string(), email: z.string() })),
  createdAt: z.string(),
});
export type Comment = z.infer<typeof Comment>;
export const CommentInput = z.object({
  body: z.string().trim().min(1).max(10_000).describe('Text; mention people as @first.last (their e-mail name)'),
});
