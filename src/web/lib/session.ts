import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AuthConfig, SessionInfo } from '../../shared/schemas/auth.js';
import { can, type Permission } from '../../shared/permissions.js';
import { api, ApiError, setCsrfToken } from './api.js';

export const sessionQuery = queryOptions({
  queryKey: ['session'] as const,
  queryFn: async (): Promise<SessionInfo | null> => {
    try {
      const s = await api.get<SessionInfo>('/api/auth/session');
      setCsrfToken(s.csrfToken);
      return s;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw e;
    }
  },
  staleTime: 5 * 60_000,
  retry: false,
});

export const authConfigQuery = queryOptions({
  queryKey: ['auth-config'] as const,
  queryFn: () => api.get<AuthConfig>('/api/auth/config'),
  staleTime: 60_000,
  retry: 1,
});

/** The signed-in session; only use below the authenticated layout (its loader guarantees one). */
let lastSession: SessionInfo | null = null;

export function useSession(): SessionInfo {
  const { data } = useQuery(sessionQuery);
  if (data) lastSession = data;
  // Between sign-out and the redirect the signed-in screens render once more with the last session.
  const session = data ?? lastSession;
  if (!session) throw new Error('No session: this component must render inside the signed-in layout');
  return session;
}

/** `can('app.update')` for the signed-in role; the server still enforces it. */
export function useCan(): (permission: Permission) => boolean {
  const { data } = useQuery(sessionQuery);
  return (permission) => (data ? can(data.user.role, permission) : false);
}
