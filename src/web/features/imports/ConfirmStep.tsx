import { Alert, Button, Card, Checkbox, Divider, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconColumns, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ImportDetail, ImportFormat } from '../../../shared/schemas/imports.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { api } from '../../lib/api.js';
import { errorMessage, fieldErrors, notifySuccess } from '../../lib/errors.js';
import { useCan } from '../../lib/session.js';
import { draftFromMapping, guessDraft, MappingForm, missing, PreviewTable, targetsByColumn, toMapping, type MappingDraft } from './MappingForm.js';

type Presets = {
  formats: { id: ImportFormat; label: string }[];
  cardPresets: { id: string; label: string }[];
  mappings: { name: string; format: string; mapping: Record<string, unknown> }[];
};

export const presetsQuery = { queryKey: ['imports', 'presets'], queryFn: () => api.get<Presets>('/api/imports/presets'), staleTime: 60_000 };

/** Card CSV layouts: a known preset, a saved mapping, or the user's own column mapping. */
type Layout = { kind: 'preset'; id: string } | { kind: 'saved'; name: string } | { kind: 'map' };
const layoutValue = (l: Layout | null) => (!l ? null : l.kind === 'preset' ? `preset:${l.id}` : l.kind === 'saved' ? `saved:${l.name}` : 'map');
function parseLayout(v: string | null): Layout | null {
  if (!v) return null;
  if (v === 'map') return { kind: 'map' };
  if (v.startsWith('preset:')) return { kind: 'preset', id: v.slice(7) };
  if (v.startsWith('saved:')) return { kind: 'saved', name: v.slice(6) };
  return null;
}

/** Extra rights some formats need on top of import.write (the server checks them too). */
const FORMAT_RIGHTS: Partial<Record<ImportFormat, { permission: 'person.write' | 'app.create'; what: string }>> = {
  hr: { permission: 'person.write', what: 'An HR list changes People: only an IT admin can import it.' },
  apps_csv: { permission: 'app.create', what: 'A list of apps adds to the inventory: you need the right to create apps.' },
};

/** The step between upload and import: confirm the format, pick a layout or map the columns, then start. */
export function ConfirmStep({ imp }: { imp: ImportDetail }) {
  const qc = useQueryClient();
  const can = useCan();
  const presets = useQuery(presetsQuery);
  const header = imp.preview?.header ?? [];
  const rows = imp.preview?.rows ?? [];

  const [format, setFormat] = useState<ImportFormat | null>(imp.format === 'pending' ? (imp.preview ? 'card_csv' : null) : (imp.format as ImportFormat));
  const [layout, setLayout] = useState<Layout | null>(imp.needsMapping || imp.mapping ? { kind: 'map' } : imp.preset ? { kind: 'preset', id: imp.preset } : null);
  const [draft, setDraft] = useState<MappingDraft>(() => (imp.mapping ? draftFromMapping(imp.mapping, header) : guessDraft(header)));
  const [saveAs, setSaveAs] = useState('');
  const [skipBadRows, setSkipBadRows] = useState(imp.skipBadRows);

  const isCard = format === 'card_csv';
  const mapping = isCard && layout?.kind === 'map';
  const gaps = mapping ? missing(draft) : [];
  const targets = useMemo(() => (mapping ? targetsByColumn(draft) : undefined), [mapping, draft]);
  const rights = format ? FORMAT_RIGHTS[format] : undefined;
  const lacksRights = Boolean(rights && !can(rights.permission));

  const start = useMutation({
    mutationFn: () =>
      api.post<ImportDetail>(`/api/imports/${imp.id}/start`, {
        format: format ?? undefined,
        preset: isCard ? (layout?.kind === 'preset' ? layout.id : null) : undefined,
        mapping: mapping ? toMapping(draft) : undefined,
        mappingName: isCard && layout?.kind === 'saved' ? layout.name : undefined,
        saveMappingAs: mapping && saveAs.trim() ? saveAs.trim() : undefined,
        skipBadRows,
      }),
    onSuccess: (d) => {
      qc.setQueryData(['imports', 'detail', imp.id], d);
      void qc.invalidateQueries({ queryKey: ['imports'] });
      void qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
  const discard = async () => {
    const d = await api.post<ImportDetail>(`/api/imports/${imp.id}/cancel`);
    qc.setQueryData(['imports', 'detail', imp.id], d);
    void qc.invalidateQueries({ queryKey: ['imports'] });
    notifySuccess(`${imp.fileName} was discarded; nothing was imported.`);
  };
  const errors = fieldErrors(start.error);

  const layoutData = [
    { group: 'Known layouts', items: (presets.data?.cardPresets ?? []).map((p) => ({ value: `preset:${p.id}`, label: p.label })) },
    ...((presets.data?.mappings ?? []).some((m) => m.format === 'card_csv')
      ? [{ group: 'Saved mappings', items: presets.data!.mappings.filter((m) => m.format === 'card_csv').map((m) => ({ value: `saved:${m.name}`, label: m.name })) }]
      : []),
    { group: 'Other', items: [{ value: 'map', label: 'Map the columns myself' }] },
  ];
  const chooseLayout = (v: string | null) => {
    const l = parseLayout(v);
    setLayout(l);
    if (l?.kind === 'saved') {
      const saved = presets.data?.mappings.find((m) => m.name === l.name);
      if (saved) setDraft(draftFromMapping(saved.mapping, header));
    }
  };
  const mapColumns = () => {
    if (layout?.kind !== 'saved') setDraft((d) => (missing(d).length === 3 ? guessDraft(header) : d));
    setLayout({ kind: 'map' });
  };

  const blocked = !format || (isCard && !layout) || gaps.length > 0 || lacksRights;
  const blockReason = !format
    ? 'Choose the file’s format'
    : isCard && !layout
      ? 'Choose the layout of this CSV, or map its columns'
      : gaps.length
        ? `Map ${gaps.join(', ')}`
        : lacksRights
          ? rights!.what
          : null;

  return (
    <Card withBorder radius="md" p="lg" data-testid="confirm-step">
      <Stack gap="md">
        <div>
          <Title order={4}>Confirm and start</Title>
          <Text size="sm" c="dimmed">
            {imp.needsMapping
              ? 'Tandem does not know this CSV layout yet. Tell it which column holds what; save the mapping to reuse it for the next file.'
              : 'Check what Tandem recognised. Nothing changes until you start the import.'}
          </Text>
        </div>
        {imp.alternatives.length > 0 && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Check the card preset" data-testid="preset-ambiguous">
            This header also fits {imp.alternatives.map((a) => a.label).join(', ')}, which read{imp.alternatives.length === 1 ? 's' : ''} the sign of amounts the other way round.
            Pick the issuer the file really comes from before you start.
          </Alert>
        )}
        {start.error && !Object.keys(errors).length && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The import did not start" data-testid="start-error">
            {errorMessage(start.error)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <Select
            label="Format"
            description={imp.format === 'pending' ? 'Not recognised: choose it' : 'Recognised from the file'}
            data={(presets.data?.formats ?? []).map((f) => ({ value: f.id, label: f.label }))}
            value={format}
            onChange={(v) => setFormat((v as ImportFormat) ?? null)}
            allowDeselect={false}
            placeholder="Choose a format"
            error={errors.format}
            data-testid="import-format"
          />
          {isCard && (
            <Select
              label="Card preset"
              description="The issuer or expense tool the file comes from"
              data={layoutData}
              value={layoutValue(layout)}
              onChange={chooseLayout}
              allowDeselect={false}
              placeholder="Choose the layout"
              error={errors.preset ?? errors.mappingName}
              data-testid="import-preset"
            />
          )}
          {isCard && !mapping && header.length > 0 && (
            <Group align="flex-end">
              <Button variant="light" leftSection={<IconColumns size={16} />} onClick={mapColumns} data-testid="map-columns">
                Map columns
              </Button>
            </Group>
          )}
        </SimpleGrid>
        {lacksRights && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
            {rights!.what}
          </Alert>
        )}
        {mapping && (
          <>
            <Divider label="Columns" labelPosition="left" />
            <MappingForm header={header} rows={rows} value={draft} onChange={setDraft} errors={errors} />
          </>
        )}
        {imp.preview && header.length > 0 && (
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              First rows of the file
            </Text>
            <PreviewTable header={header} rows={rows} targets={targets} />
          </Stack>
        )}
        <Divider />
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Group gap="lg" align="flex-end" wrap="wrap">
            {mapping && (
              <TextInput
                label="Save mapping as"
                description="Optional: reuse it for the next file"
                placeholder="e.g. Corporate Visa"
                value={saveAs}
                onChange={(e) => setSaveAs(e.currentTarget.value)}
                maxLength={100}
                w={260}
                error={errors.saveMappingAs}
                data-testid="save-mapping-as"
              />
            )}
            <Checkbox
              label="Skip bad rows"
              description="Import the good rows, list the bad ones"
              checked={skipBadRows}
              onChange={(e) => setSkipBadRows(e.currentTarget.checked)}
              data-testid="start-skip-bad"
              mb={4}
            />
          </Group>
          <Group gap="xs">
            <ConfirmButton title="Discard this upload?" message={`${imp.fileName} will not be imported. You can upload it again later.`} confirmLabel="Discard" onConfirm={discard}>
              {(open) => (
                <Button variant="default" leftSection={<IconTrash size={16} />} onClick={open} data-testid="discard-import">
                  Discard
                </Button>
              )}
            </ConfirmButton>
            <Button leftSection={<IconPlayerPlay size={16} />} onClick={() => start.mutate()} loading={start.isPending} disabled={blocked} title={blockReason ?? undefined} data-testid="start-import">
              Start import
            </Button>
          </Group>
        </Group>
        {blockReason && !lacksRights && (
          <Text size="xs" c="dimmed" ta="right" mt={-8}>
            {blockReason} to start.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
