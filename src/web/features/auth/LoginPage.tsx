import { Alert, Anchor, Box, Button, Card, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../shared/schemas/auth.js';
import { BrandMark } from '../../components/BrandMark.js';
import { api, ApiError, setCsrfToken } from '../../lib/api.js';
import { errorMessage, fieldErrors } from '../../lib/errors.js';
import { authConfigQuery, sessionQuery } from '../../lib/session.js';
import { safeRedirect } from '../../lib/redirect.js';
import { usePageTitle } from '../../lib/title.js';
import { DemoAccounts } from './DemoAccounts.js';

const route = getRouteApi('/login');

export function LoginPage() {
  const search = route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data: config } = useQuery(authConfigQuery);
  usePageTitle('Sign in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const session = await api.post<SessionInfo>('/api/auth/login', { email: email.trim(), password });
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQuery.queryKey, session);
      router.history.push(safeRedirect(search.redirect));
    } catch (err) {
      setFields(fieldErrors(err));
      setError(err instanceof ApiError && err.status === 401 ? 'That e-mail and password do not match an account.' : errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Box mih="100vh" style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', background: 'var(--tandem-page-bg)' }}>
      <Group align="stretch" gap={0} wrap="nowrap" mih="100vh">
        <Box visibleFrom="md" w="42%" p={56} style={{ background: 'linear-gradient(150deg, var(--mantine-color-indigo-8) 0%, var(--mantine-color-indigo-6) 55%, var(--mantine-color-cyan-6) 100%)', color: 'white' }}>
          <Stack justify="space-between" h="100%">
            <Group gap={10}>
              <Box style={{ background: 'white', borderRadius: 10, padding: 2, display: 'flex' }}>
                <BrandMark size={30} />
              </Box>
              <Text fw={700} size="xl">
                Tandem
              </Text>
            </Group>
            <Stack gap="lg" maw={440}>
              <Title order={1} c="white" fz={34} lh={1.2}>
                One inventory for every tool marketing and IT rely on.
              </Title>
              {['Owners, departments and data held, in one place', 'Security attestations tracked before they lapse', 'Every change recorded in a tamper-evident history'].map((t) => (
                <Group key={t} gap="sm" wrap="nowrap">
                  <IconCheck size={18} />
                  <Text size="md" c="indigo.0">
                    {t}
                  </Text>
                </Group>
              ))}
            </Stack>
            <Text size="xs" c="indigo.1">
              Self-hosted · your data stays on your servers
            </Text>
          </Stack>
        </Box>
        <Stack flex={1} justify="center" align="center" p="xl" gap="lg">
          <Stack w="100%" maw={420} gap="lg">
            <Stack gap={4}>
              <Group gap={8} hiddenFrom="md" mb="sm">
                <BrandMark size={28} />
                <Text fw={700} size="lg">
                  Tandem
                </Text>
              </Group>
              <Title order={2}>Sign in</Title>
              <Text c="dimmed" size="sm">
                {config?.organisationName ? `to ${config.organisationName}` : 'to your Tandem workspace'}
              </Text>
            </Stack>
            <Card withBorder radius="lg" p="xl" shadow="xs">
              <form onSubmit={submit} noValidate>
                <Stack>
                  {error && (
                    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} data-testid="login-error">
                      {error}
                    </Alert>
                  )}
                  <TextInput label="E-mail" type="email" autoComplete="username" placeholder="you@company.com" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={fields.email} data-testid="login-email" autoFocus />
                  <PasswordInput label="Password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={fields.password} data-testid="login-password" />
                  <Button type="submit" loading={busy} fullWidth size="md" mt="xs" data-testid="login-submit" disabled={!email || !password}>
                    Sign in
                  </Button>
                </Stack>
              </form>
            </Card>
            {config?.demo && (
              <DemoAccounts
                accounts={config.demoAccounts}
                password={config.demoPassword}
                onPick={(a) => {
                  setEmail(a.email);
                  if (config.demoPassword) setPassword(config.demoPassword);
                  setError(null);
                }}
              />
            )}
            <Text size="xs" c="dimmed" ta="center">
              Forgot your password? Ask your Tandem administrator to reset it. <Anchor href="/api/docs" size="xs">API docs</Anchor>
            </Text>
          </Stack>
        </Stack>
      </Group>
    </Box>
  );
}
