/** Only same-site paths are allowed as a post-login destination. */
export function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/login')) return '/apps';
  return target;
}
