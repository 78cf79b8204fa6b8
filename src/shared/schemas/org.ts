import { z } from 'zod';
import { PERSON_STATUSES, ROLES } from '../enums.js';
import { csvList, DepartmentRef, Id, ListQueryBase, PersonRef } from './common.js';

export const Department = z.object({
  id: Id,
  name: z.string(),
  head: PersonRef,
  peopleCount: z.number().int(),
  activeCount: z.number().int(),
  appCount: z.number().int(),
});
export type Department = z.infer<typeof Department>;
export const DepartmentListQuery = ListQueryBase.extend({ sort: z.enum(['name', '-name', 'peopleCount', '-peopleCount', 'appCount', '-appCount']).default('name') });
export const DepartmentInput = z.object({ name: z.string().trim().min(1).max(200), headId: Id.nullable().optional() });

export const Person = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  aliases: z.array(z.string()).describe('Other addresses the person signs in with; sign-ins under them link to the person'),
  title: z.string().nullable(),
  department: DepartmentRef.nullable(),
  manager: PersonRef,
  status: z.enum(PERSON_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  ownedApps: z.number().int(),
});
export type Person = z.infer<typeof Person>;
export const PersonListQuery = ListQueryBase.extend({
  department: csvList(Id),
  status: csvList(z.enum(PERSON_STATUSES)),
  sort: z.enum(['name', '-name', 'email', '-email', 'department', '-department', 'startDate', '-startDate']).default('name'),
});
export type PersonListQuery = z.infer<typeof PersonListQuery>;
export const PersonInput = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email(),
  aliases: z.array(z.email().transform((e) => e.toLowerCase())).max(20).optional(),
  title: z.string().max(200).nullable().optional(),
  departmentId: Id.nullable().optional(),
  managerId: Id.nullable().optional(),
  status: z.enum(PERSON_STATUSES).optional(),
  startDate: z.iso.date().nullable().optional(),
  endDate: z.iso.date().nullable().optional(),
});
export const PersonUpdateInput = PersonInput.partial();

export const User = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  departmentScope: z.array(DepartmentRef),
  disabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;
export const UserListQuery = ListQueryBase.extend({ role: csvList(z.enum(ROLES)), sort: z.enum(['name', '-name', 'email', '-email', 'role', '-role', 'lastLoginAt', '-lastLoginAt']).default('name') });
export const UserCreateInput = z.object({
  email: z.email(),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  departmentScopeIds: z.array(Id).default([]),
  password: z.string().min(10, 'Use at least 10 characters').max(200),
});
export type UserCreateInput = z.infer<typeof UserCreateInput>;
export const UserUpdateInput = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  departmentScopeIds: z.array(Id).optional(),
  disabled: z.boolean().optional(),
});
export type UserUpdateInput = z.infer<typeof UserUpdateInput>;

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string().describe('First characters of the token, to recognise it'),
  role: z.enum(ROLES),
  departmentScope: z.array(DepartmentRef),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
export const ApiTokenListQuery = ListQueryBase.extend({ sort: z.enum(['name', '-name', 'createdAt', '-createdAt']).default('-createdAt') });
export const ApiTokenCreateInput = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  departmentScopeIds: z.array(Id).default([]),
  expiresAt: z.iso.datetime({ offset: true }).nullable().optional().describe('Optional expiry instant'),
});
export type ApiTokenCreateInput = z.infer<typeof ApiTokenCreateInput>;
export const ApiTokenCreated = z.object({ token: ApiToken, secret: z.string().describe('Shown once; store it now') });

export const AuditEntry = z.object({
  id: Id,
  at: z.string(),
  actorType: z.string(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  entityLabel: z.string().nullable(),
  appId: Id.nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditListQuery = ListQueryBase.extend({
  action: csvList(z.string()),
  entityType: csvList(z.string()),
  appId: Id.optional(),
  actor: z.string().optional().describe('Actor label contains'),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  sort: z.enum(['-at', 'at']).default('-at'),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;
