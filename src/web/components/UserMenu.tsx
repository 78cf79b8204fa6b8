import { Avatar, Badge, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLock, IconLogout } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { ROLE_LABELS } from '../../shared/enums.js';
import { api, setCsrfToken } from '../lib/api.js';
import { notifyError } from '../lib/errors.js';
import { initials } from '../lib/format.js';
import { sessionQuery, useSession } from '../lib/session.js';

const ChangePasswordModal = lazy(() => import('../features/auth/ChangePasswordModal.js').then((m) => ({ default: m.ChangePasswordModal })));

export function UserMenu() {
  const { user } = useSession();
  const [pwOpen, pw] = useDisclosure(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const signOut = async () => {
    try {
      await api.post('/api/auth/logout');
    } catch (e) {
      notifyError(e, 'Could not sign out cleanly');
    }
    setCsrfToken(null);
    queryClient.setQueryData(sessionQuery.queryKey, null);
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'auth-config' });
    await navigate({ to: '/login' });
  };

  return (
    <>
      <Menu position="bottom-end" shadow="md" width={240}>
        <Menu.Target>
          <UnstyledButton data-testid="user-menu" aria-label="Account menu">
            <Group gap={8} wrap="nowrap">
              <Avatar size={32} radius="xl" color="indigo" variant="light">
                {initials(user.name)}
              </Avatar>
              <Stack gap={0} visibleFrom="sm">
                <Text size="sm" fw={600} lh={1.2} data-testid="user-name">
                  {user.name}
                </Text>
                <Badge size="xs" variant="light" color="gray" data-testid="role-badge" style={{ textTransform: 'none' }}>
                  {ROLE_LABELS[user.role]}
                </Badge>
              </Stack>
              <IconChevronDown size={14} color="var(--mantine-color-gray-6)" />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="xs" fw={600} c="dark">
              {user.name}
            </Text>
            <Text size="xs" c="dimmed">
              {user.email}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLock size={16} />} onClick={pw.open} data-testid="change-password">
            Change password
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} />} color="red" onClick={signOut} data-testid="sign-out">
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {pwOpen && (
        <Suspense fallback={null}>
          <ChangePasswordModal opened={pwOpen} onClose={pw.close} />
        </Suspense>
      )}
    </>
  );
}
