import { z } from 'zod';
import { ROLES } from '../enums.js';
import { PERMISSIONS } from '../permissions.js';
import { Id } from './common.js';

export const LoginInput = z.object({
  email: z.email().describe('Sign-in e-mail'),
  password: z.string().min(1).max(200).describe('Password'),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const SessionUser = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  departmentScope: z.array(z.object({ id: Id, name: z.string() })).describe('Empty means the whole organisation'),
  permissions: z.array(z.enum(PERMISSIONS)),
  personId: Id.nullable(),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionInfo = z.object({ user: SessionUser, csrfToken: z.string() });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const AuthConfig = z.object({
  organisationName: z.string(),
  demo: z.boolean().describe('True while the demo organisation is loaded'),
  demoAccounts: z.array(z.object({ email: z.string(), role: z.enum(ROLES), description: z.string() })),
  demoPassword: z.string().nullable(),
});
export type AuthConfig = z.infer<typeof AuthConfig>;

export const PasswordChangeInput = z.object({
  currentPassword: z.string().min(1),
  newPassword: z.string().min(10, 'Use at least 10 characters').max(200),
});
export type PasswordChangeInput = z.infer<typeof PasswordChangeInput>;
