import type { Role } from './enums.js';

/** What each role may do. The server enforces it; the UI only uses it to hide buttons. */
export const PERMISSIONS = [
  'app.read', 'app.create', 'app.update', 'app.lifecycle', 'app.security', 'app.delete',
  'app.comment', 'app.document',
  'person.read', 'person.write', 'department.read', 'department.write',
  'user.admin', 'token.admin', 'audit.read', 'demo.admin',
  'discovery.read', 'discovery.write', 'import.read', 'import.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = ['app.read', 'person.read', 'department.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  it_admin: [...PERMISSIONS],
  marketing_lead: [...READ, 'app.create', 'app.update', 'app.lifecycle', 'app.comment', 'app.document', 'audit.read'],
  finance: [...READ, 'app.comment', 'app.document', 'audit.read', 'discovery.read', 'import.read', 'import.write'],
  security_reviewer: [...READ, 'app.lifecycle', 'app.security', 'app.comment', 'app.document', 'audit.read', 'discovery.read', 'import.read'],
  member: [...READ, 'app.comment'],
  auditor: [...READ, 'audit.read', 'discovery.read', 'import.read'],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
