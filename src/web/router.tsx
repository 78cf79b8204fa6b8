import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { RootLayout } from './routes/RootLayout.js';
import { NotFound } from './components/NotFound.js';
import { RouteError } from './components/RouteError.js';
import { PageSkeleton } from './components/PageSkeleton.js';
import { sessionQuery } from './lib/session.js';
import { safeRedirect } from './lib/redirect.js';
import { listSearch, parseSearch, pickStrings, str, stringifySearch } from './lib/search.js';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: () => <NotFound standalone />,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (raw: Record<string, unknown>): { redirect?: string } => ({ redirect: str(raw.redirect) }),
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: lazyRouteComponent(() => import('./features/auth/LoginPage.js'), 'LoginPage'),
});

/** Everything below needs a session; signed-out visitors go to /login and come back afterwards. */
const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
    return { session };
  },
  component: lazyRouteComponent(() => import('./components/AppLayout.js'), 'AppLayout'),
  notFoundComponent: () => <NotFound />,
});

const indexRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/apps' });
  },
});

export const APP_FILTER_KEYS = ['status', 'category', 'department', 'owner', 'dataClass', 'sso', 'expiring'] as const;
export type AppsSearch = ReturnType<typeof listSearch> & Partial<Record<(typeof APP_FILTER_KEYS)[number], string>>;

const appsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'apps',
  validateSearch: (raw: Record<string, unknown>): AppsSearch => ({ ...listSearch(raw), ...pickStrings(raw, APP_FILTER_KEYS) }),
  component: lazyRouteComponent(() => import('./features/apps/InventoryPage.js'), 'InventoryPage'),
});

const appRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'apps/$appId',
  validateSearch: (raw: Record<string, unknown>): { tab?: string } => ({ tab: str(raw.tab) }),
  component: lazyRouteComponent(() => import('./features/apps/AppPage.js'), 'AppPage'),
});

export type PeopleSearch = ReturnType<typeof listSearch> & { department?: string; status?: string };
const peopleRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'people',
  validateSearch: (raw: Record<string, unknown>): PeopleSearch => ({ ...listSearch(raw), ...pickStrings(raw, ['department', 'status'] as const) }),
  component: lazyRouteComponent(() => import('./features/people/PeoplePage.js'), 'PeoplePage'),
});

const personRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'people/$personId',
  component: lazyRouteComponent(() => import('./features/people/PersonPage.js'), 'PersonPage'),
});

const departmentsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'departments',
  validateSearch: listSearch,
  component: lazyRouteComponent(() => import('./features/departments/DepartmentsPage.js'), 'DepartmentsPage'),
});

export const AUDIT_FILTER_KEYS = ['action', 'entityType', 'actor', 'from', 'to'] as const;
export type AuditSearch = ReturnType<typeof listSearch> & Partial<Record<(typeof AUDIT_FILTER_KEYS)[number], string>>;
const auditRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'audit',
  validateSearch: (raw: Record<string, unknown>): AuditSearch => ({ ...listSearch(raw), ...pickStrings(raw, AUDIT_FILTER_KEYS) }),
  component: lazyRouteComponent(() => import('./features/audit/AuditPage.js'), 'AuditPage'),
});

export type UsersSearch = ReturnType<typeof listSearch> & { role?: string };
const usersRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'admin/users',
  validateSearch: (raw: Record<string, unknown>): UsersSearch => ({ ...listSearch(raw), ...pickStrings(raw, ['role'] as const) }),
  component: lazyRouteComponent(() => import('./features/admin/UsersPage.js'), 'UsersPage'),
});

const tokensRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'admin/tokens',
  validateSearch: listSearch,
  component: lazyRouteComponent(() => import('./features/admin/TokensPage.js'), 'TokensPage'),
});

export type DiscoverySearch = ReturnType<typeof listSearch> & {
  /** `identities`: the sign-in identities view; the apps list otherwise */
  view?: 'identities';
  /** shadow (default) | in_inventory | known | not_relevant | all */
  status?: string;
  source?: string;
  /** Identities view: not_in_hr | leaver_after_end (both by default) */
  who?: string;
  /** Catalog id of the app open in the drawer */
  app?: string;
};
const discoveryRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'discovery',
  validateSearch: (raw: Record<string, unknown>): DiscoverySearch => ({
    ...listSearch(raw),
    ...pickStrings(raw, ['status', 'source', 'who', 'app'] as const),
    view: str(raw.view) === 'identities' ? 'identities' : undefined,
  }),
  component: lazyRouteComponent(() => import('./features/discovery/DiscoveryPage.js'), 'DiscoveryPage'),
});

export type AliasRulesSearch = ReturnType<typeof listSearch> & { kind?: string; source?: string; enabled?: 'true' | 'false' };
const aliasRulesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'discovery/rules',
  validateSearch: (raw: Record<string, unknown>): AliasRulesSearch => {
    const enabled = str(raw.enabled);
    return { ...listSearch(raw), ...pickStrings(raw, ['kind', 'source'] as const), enabled: enabled === 'true' || enabled === 'false' ? enabled : undefined };
  },
  component: lazyRouteComponent(() => import('./features/discovery/AliasRulesPage.js'), 'AliasRulesPage'),
});

export type ReviewSearch = ReturnType<typeof listSearch> & { source?: string; kind?: string };
const reviewRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'discovery/review',
  validateSearch: (raw: Record<string, unknown>): ReviewSearch => ({ ...listSearch(raw), ...pickStrings(raw, ['source', 'kind'] as const) }),
  component: lazyRouteComponent(() => import('./features/review/ReviewPage.js'), 'ReviewPage'),
});

export type ImportsSearch = ReturnType<typeof listSearch> & { state?: string; format?: string };
const importsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'imports',
  validateSearch: (raw: Record<string, unknown>): ImportsSearch => ({ ...listSearch(raw), ...pickStrings(raw, ['state', 'format'] as const) }),
  component: lazyRouteComponent(() => import('./features/imports/ImportsPage.js'), 'ImportsPage'),
});

const importRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'imports/$importId',
  component: lazyRouteComponent(() => import('./features/imports/ImportPage.js'), 'ImportPage'),
});

/** Unknown addresses render "not found" inside the shell (after sign-in). */
const catchAllRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '$',
  component: () => <NotFound />,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appLayout.addChildren([indexRoute, appsRoute, appRoute, peopleRoute, personRoute, departmentsRoute, auditRoute, discoveryRoute, aliasRulesRoute, reviewRoute, importsRoute, importRoute, usersRoute, tokensRoute, catchAllRoute]),
]);

export function makeRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PageSkeleton,
    defaultPendingMs: 150,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}
