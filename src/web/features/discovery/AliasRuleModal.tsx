import { Alert, Button, Group, Input, Modal, MultiSelect, Radio, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { AliasRule, AliasRuleInput, SourceKind } from '../../../shared/schemas/discovery.js';
import { api, ApiError } from '../../lib/api.js';
import { errorMessage, fieldErrors, notifySuccess } from '../../lib/errors.js';
import { KIND_HINTS, KIND_OPTIONS, SOURCE_OPTIONS, type Classify, type RuleKind } from './shared.js';

type Decision = 'app' | Classify;

const DECISIONS: { value: Decision; label: string; hint: string }[] = [
  { value: 'app', label: 'Names an app', hint: 'The text is this catalog app' },
  { value: 'not_software', label: 'Not software', hint: 'Set it aside: lunch, travel, hardware…' },
  { value: 'software', label: 'Software (no app)', hint: 'Software, but not an app in the catalog' },
];

const TEXT_PLACEHOLDERS: Record<RuleKind, string> = { exact: 'e.g. hubspot inc', prefix: 'e.g. uber eats', pattern: 'e.g. aws * emea' };

const MONO = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/** Fields this form shows; a server error on any other field is shown as an alert instead. */
const SHOWN = ['kind', 'text', 'sources', 'appId', 'appName', 'classify', 'note'];

/** Create an alias rule, or edit one (same form, PATCH). */
export function AliasRuleModal({ rule, onClose }: { rule: AliasRule | null; onClose: () => void }) {
  const qc = useQueryClient();
  const [kind, setKind] = useState<RuleKind>(rule?.kind ?? 'exact');
  const [text, setText] = useState(rule?.text ?? '');
  const [sources, setSources] = useState<string[]>(rule?.sources ?? []);
  const [decision, setDecision] = useState<Decision>(rule ? (rule.appId ? 'app' : (rule.classify ?? 'app')) : 'app');
  const [appId, setAppId] = useState(rule?.appId ?? '');
  const [appName, setAppName] = useState(rule?.appName ?? '');
  const [note, setNote] = useState(rule?.note ?? '');

  const body = (): AliasRuleInput => ({
    kind,
    text: text.trim(),
    sources: sources.length ? (sources as SourceKind[]) : null,
    appId: decision === 'app' ? appId.trim() || null : null,
    appName: decision === 'app' ? appName.trim() || null : null,
    classify: decision === 'app' ? null : decision,
    note: note.trim() || null,
  });
  const save = useMutation({
    mutationFn: () => (rule ? api.patch<AliasRule>(`/api/alias-rules/${rule.id}`, body()) : api.post<AliasRule>('/api/alias-rules', body())),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['alias-rules'] });
      void qc.invalidateQueries({ queryKey: ['audit'] });
      notifySuccess(rule ? `The rule for “${r.text}” was updated.` : `Texts matching “${r.text}” now follow this rule, before the catalog.`, rule ? 'Rule saved' : 'Rule created');
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  // 409: an enabled rule of this kind already covers the text for these sources; it belongs next to the text.
  const conflict = save.error instanceof ApiError && save.error.status === 409 ? save.error.message : undefined;
  const unplaced = save.error && !conflict && !Object.keys(errors).some((k) => SHOWN.includes(k));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={650} size="lg">{rule ? 'Edit alias rule' : 'New alias rule'}</Text>} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {unplaced && (
            <Alert color="red" variant="light">
              {errorMessage(save.error)}
            </Alert>
          )}
          <Input.Wrapper label="Kind" description={KIND_HINTS[kind]} error={errors.kind} inputWrapperOrder={['label', 'input', 'description', 'error']}>
            <SegmentedControl fullWidth data={KIND_OPTIONS} value={kind} onChange={(v) => setKind(v as RuleKind)} mt={4} mb={6} data-testid="rule-kind" />
          </Input.Wrapper>
          <TextInput
            label="Text"
            description={kind === 'exact' ? 'As it reads after normalisation (lower case, no card-processor noise), or an OAuth client id' : 'As it reads after normalisation (lower case, no card-processor noise)'}
            required
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            placeholder={TEXT_PLACEHOLDERS[kind]}
            error={conflict ?? errors.text}
            styles={MONO}
            data-testid="rule-text-input"
            data-autofocus
          />
          <MultiSelect
            label="Sources"
            description="Where the text comes from; leave empty for every source"
            data={SOURCE_OPTIONS}
            value={sources}
            onChange={setSources}
            placeholder={sources.length ? undefined : 'All sources'}
            clearable
            error={errors.sources}
            data-testid="rule-sources"
          />
          <Radio.Group label="Decision" value={decision} onChange={(v) => setDecision(v as Decision)} error={errors.classify ?? (decision === 'app' ? undefined : errors.appId)} data-testid="rule-decision">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" mt="xs">
              {DECISIONS.map((d) => (
                <Radio.Card key={d.value} value={d.value} p="sm" radius="md" data-testid={`rule-decision-${d.value}`}>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator />
                    <div>
                      <Text fw={600} size="sm">
                        {d.label}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {d.hint}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
          {decision === 'app' && (
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <TextInput label="App ID" description="Catalog id, e.g. hubspot" required value={appId} onChange={(e) => setAppId(e.currentTarget.value)} error={errors.appId} styles={MONO} data-testid="rule-app-id" />
              <TextInput label="App name" description="Shown in lists, e.g. HubSpot" value={appName} onChange={(e) => setAppName(e.currentTarget.value)} error={errors.appName} data-testid="rule-app-name" />
            </SimpleGrid>
          )}
          <Textarea label="Note" description="Why the rule exists; recorded in the audit log" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} data-testid="rule-note" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!text.trim() || (decision === 'app' && !appId.trim())} data-testid="rule-submit">
              {rule ? 'Save' : 'Create rule'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
