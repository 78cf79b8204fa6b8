import { AppShell, Badge, Box, Burger, Divider, Group, NavLink, ScrollArea, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconApps, IconArrowsSplit, IconBuilding, IconFileImport, IconHistory, IconKey, IconListCheck, IconRadar, IconUserShield, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { authConfigQuery, sessionQuery, useCan, useSession } from '../lib/session.js';
import { BrandMark } from './BrandMark.js';
import { UserMenu } from './UserMenu.js';

/** `exact`: active on its own address only (a section page whose sub-pages have their own entries). */
type NavItem = { to: string; label: string; icon: ReactNode; testId: string; exact?: boolean };

const MAIN_NAV: NavItem[] = [
  { to: '/apps', label: 'Inventory', icon: <IconApps size={18} stroke={1.6} />, testId: 'nav-inventory' },
  { to: '/people', label: 'People', icon: <IconUsers size={18} stroke={1.6} />, testId: 'nav-people' },
  { to: '/departments', label: 'Departments', icon: <IconBuilding size={18} stroke={1.6} />, testId: 'nav-departments' },
];

/** Renders nothing in the moment between sign-out (session cleared) and the redirect to /login. */
export function AppLayout() {
  const { data } = useQuery(sessionQuery);
  return data ? <Shell /> : null;
}

function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const { user } = useSession();
  const can = useCan();
  const { data: config } = useQuery(authConfigQuery);
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  const nav = [...MAIN_NAV];
  if (can('audit.read')) nav.push({ to: '/audit', label: 'Audit log', icon: <IconHistory size={18} stroke={1.6} />, testId: 'nav-audit' });
  const discovery: NavItem[] = [];
  if (can('discovery.read')) discovery.push({ to: '/discovery', label: 'Discovered apps', icon: <IconRadar size={18} stroke={1.6} />, testId: 'nav-discovered', exact: true });
  if (can('import.read')) discovery.push({ to: '/imports', label: 'Imports', icon: <IconFileImport size={18} stroke={1.6} />, testId: 'nav-imports' });
  if (can('discovery.read')) discovery.push({ to: '/discovery/review', label: 'Review queue', icon: <IconListCheck size={18} stroke={1.6} />, testId: 'nav-review' });
  if (can('discovery.read')) discovery.push({ to: '/discovery/rules', label: 'Alias rules', icon: <IconArrowsSplit size={18} stroke={1.6} />, testId: 'nav-discovery' });
  const admin: NavItem[] = [];
  if (can('user.admin')) admin.push({ to: '/admin/users', label: 'Users', icon: <IconUserShield size={18} stroke={1.6} />, testId: 'nav-users' });
  if (can('token.admin')) admin.push({ to: '/admin/tokens', label: 'API tokens', icon: <IconKey size={18} stroke={1.6} />, testId: 'nav-tokens' });

  const link = (item: NavItem) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      activeOptions={{ exact: Boolean(item.exact) }}
      label={item.label}
      leftSection={item.icon}
      active={pathname === item.to || (!item.exact && pathname.startsWith(`${item.to}/`))}
      onClick={close}
      variant="light"
      fw={500}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      data-testid={item.testId}
    />
  );
  const scope = user.departmentScope;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header px="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Link to="/apps" style={{ textDecoration: 'none', color: 'inherit' }}>
              <Group gap={8} wrap="nowrap">
                <BrandMark size={28} />
                <Text fw={700} size="lg" style={{ letterSpacing: '-0.01em' }} data-testid="product-name">
                  Tandem
                </Text>
              </Group>
            </Link>
            {config?.organisationName && (
              <>
                <Divider orientation="vertical" my={14} visibleFrom="xs" />
                <Text size="sm" c="dimmed" fw={500} visibleFrom="xs" data-testid="org-name" truncate maw={260}>
                  {config.organisationName}
                </Text>
              </>
            )}
            {config?.demo && (
              <Tooltip label="Demo data is loaded: changes are fine, it can be reset">
                <Badge variant="outline" color="grape" size="sm" visibleFrom="md">
                  Demo
                </Badge>
              </Tooltip>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {scope.length > 0 && (
              <Tooltip label="You see and change apps of these departments only">
                <Badge variant="light" color="cyan" size="md" data-testid="scope-badge" visibleFrom="xs" style={{ textTransform: 'none' }}>
                  Scope: {scope.map((d) => d.name).join(', ')}
                </Badge>
              </Tooltip>
            )}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" style={{ borderRight: '1px solid var(--mantine-color-gray-3)' }}>
        <AppShell.Section grow component={ScrollArea}>
          <Box mb={6} px={12} pt={4} className="tandem-nav-section">
            Workspace
          </Box>
          {nav.map(link)}
          {discovery.length > 0 && (
            <>
              <Box mt="lg" mb={6} px={12} className="tandem-nav-section">
                Discovery
              </Box>
              {discovery.map(link)}
            </>
          )}
          {admin.length > 0 && (
            <>
              <Box mt="lg" mb={6} px={12} className="tandem-nav-section" data-testid="nav-admin">
                Admin
              </Box>
              {admin.map(link)}
            </>
          )}
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px={12} py={6}>
            Marketing and IT, in step.
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Box maw={1480} mx="auto">
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
