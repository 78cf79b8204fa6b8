import { Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { AnchorLink } from '../../components/AnchorLink.js';
import { formatCount } from '../../lib/format.js';
import { Stat } from './ImportOutcome.js';
import type { SigninsOutcome } from './shared.js';

/** What an identity-provider log brought: sign-ins (usage), failures, grants, people, and the apps most used. */
export function SigninsOutcomeView({ s }: { s: SigninsOutcome }) {
  const top = s.topApps ?? [];
  const most = Math.max(1, ...top.map((a) => a.users));
  return (
    <Stack gap="md" data-testid="outcome-signins">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat label="Sign-ins" value={s.signins.toLocaleString()} hint="Successful: usage" />
        <Stat label="Failed" value={s.failures.toLocaleString()} hint={s.interrupted ? `${s.interrupted.toLocaleString()} interrupted (MFA prompts)` : 'Not usage'} />
        <Stat label="People" value={s.users.toLocaleString()} hint="Distinct people signing in" />
        <Stat label="OAuth grants" value={(s.grants + s.revokes).toLocaleString()} hint={s.revokes ? `${s.revokes.toLocaleString()} revoked` : undefined} />
      </SimpleGrid>
      {s.unknownTexts > 0 && (
        <Text size="sm">
          {formatCount(s.unknownTexts, 'app name')} could not be placed yet: <AnchorLink to="/discovery/review">label them in the review queue</AnchorLink>.
        </Text>
      )}
      {top.length > 0 && (
        <Stack gap={6}>
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              Most used apps in this file
            </Text>
            <AnchorLink to="/discovery" size="sm">
              See shadow IT in Discovery
            </AnchorLink>
          </Group>
          <Table verticalSpacing={4}>
            <Table.Tbody>
              {top.map((a) => (
                <Table.Tr key={a.name}>
                  <Table.Td w={220}>
                    <Text size="sm">{a.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Progress value={(a.users / most) * 100} size="sm" color="indigo" radius="xl" />
                  </Table.Td>
                  <Table.Td w={200} ta="right">
                    <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatCount(a.users, 'person', 'people')} · {formatCount(a.signins, 'sign-in')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
