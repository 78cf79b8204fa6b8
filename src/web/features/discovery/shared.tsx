import { Badge, Group, Stack, Text } from '@mantine/core';
import type { AliasRule, SourceKind } from '../../../shared/schemas/discovery.js';

export type RuleKind = AliasRule['kind'];
export type Classify = NonNullable<AliasRule['classify']>;

/** Labels only (the web bundle imports types from the schemas, never zod itself); `satisfies` keeps them complete. */
export const SOURCE_LABELS = {
  card: 'Card & expenses',
  okta: 'Okta',
  entra: 'Entra ID',
  google_token: 'Google OAuth grants',
  google_login: 'Google sign-ins',
  apps_csv: 'Apps CSV',
} as const satisfies Record<SourceKind, string>;
export const SOURCE_OPTIONS = (Object.keys(SOURCE_LABELS) as SourceKind[]).map((s) => ({ value: s, label: SOURCE_LABELS[s] }));

export const KIND_LABELS = { exact: 'Exact', prefix: 'Prefix', pattern: 'Pattern' } as const satisfies Record<RuleKind, string>;
export const KIND_OPTIONS = (Object.keys(KIND_LABELS) as RuleKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }));
export const KIND_HINTS: Record<RuleKind, string> = {
  exact: 'Matches when the normalised text is exactly this (or an OAuth client id).',
  prefix: 'Matches every text that starts with this, e.g. “uber eats” catches “uber eats amsterdam”.',
  pattern: 'Wildcards: * stands for any run of characters, ? for exactly one.',
};
const KIND_COLORS: Record<RuleKind, string> = { exact: 'indigo', prefix: 'cyan', pattern: 'grape' };

export const CLASSIFY_LABELS: Record<Classify, string> = { not_software: 'Not software', software: 'Software' };

export function KindBadge({ kind }: { kind: RuleKind }) {
  return (
    <Badge variant="light" color={KIND_COLORS[kind]} size="sm" data-kind={kind}>
      {KIND_LABELS[kind]}
    </Badge>
  );
}

export function SourcesCell({ sources }: { sources: SourceKind[] | null }) {
  if (!sources)
    return (
      <Text size="sm" c="dimmed">
        All sources
      </Text>
    );
  return (
    <Group gap={4} wrap="nowrap">
      {sources.map((s) => (
        <Badge key={s} size="sm" variant="outline" color="gray" style={{ textTransform: 'none' }}>
          {SOURCE_LABELS[s] ?? s}
        </Badge>
      ))}
    </Group>
  );
}

/** What the rule decides: the app it names, or how it classifies the text. */
export function DecisionCell({ rule }: { rule: AliasRule }) {
  if (rule.appId)
    return (
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {rule.appName || rule.appId}
        </Text>
        {rule.appName && (
          <Text size="xs" c="dimmed" ff="monospace">
            {rule.appId}
          </Text>
        )}
      </Stack>
    );
  if (rule.classify)
    return (
      <Badge variant="light" color={rule.classify === 'not_software' ? 'orange' : 'teal'} size="sm" style={{ textTransform: 'none' }} data-classify={rule.classify}>
        {CLASSIFY_LABELS[rule.classify]}
      </Badge>
    );
  return (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}
