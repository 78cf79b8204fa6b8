import { createHash, randomBytes } from 'node:crypto';

/** Random secrets are shown once; only their SHA-256 is stored, so a database leak yields no sign-ins. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
