import { Badge, Button, Group, Loader, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCheck, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CATEGORY_LABELS, type Category } from '../../../shared/enums.js';
import type { NeedSearchHit } from '../../../shared/schemas/discovery.js';
import { api } from '../../lib/api.js';

export type PickedApp = { appId: string; appName: string };

/**
 * Find the catalog app a text names (catalog search, your own apps first) and label with it.
 * `onPick` runs the labelling; the modal stays open (busy) until it settles.
 */
export function AppPickerModal({ title, initialQuery, busy, onPick, onClose }: { title: string; initialQuery: string; busy: boolean; onPick: (app: PickedApp) => void; onClose: () => void }) {
  const [q, setQ] = useState(initialQuery);
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const [chosen, setChosen] = useState<NeedSearchHit | null>(null);
  const hits = useQuery({
    queryKey: ['catalog', 'search', debounced],
    queryFn: () => api.get<{ items: NeedSearchHit[] }>('/api/catalog/search', { q: debounced, limit: 20 }),
    enabled: debounced.length > 0,
    placeholderData: (prev) => prev,
    staleTime: 60_000,
  });
  const items = debounced ? (hits.data?.items ?? []) : [];

  return (
    <Modal opened onClose={onClose} title={<Text fw={650} size="lg">{title}</Text>} size="lg" data-testid="app-picker">
      <Stack gap="sm">
        <TextInput
          placeholder="Search the catalog: name, vendor or what it does"
          leftSection={<IconSearch size={16} />}
          rightSection={hits.isFetching ? <Loader size={14} /> : null}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setChosen(null);
          }}
          data-autofocus
          data-testid="app-picker-search"
        />
        <ScrollArea.Autosize mah={380} type="auto">
          <Stack gap={2}>
            {items.map((h) => {
              const selected = chosen?.catalogId === h.catalogId;
              return (
                <UnstyledButton
                  key={h.catalogId}
                  onClick={() => setChosen(h)}
                  onDoubleClick={() => onPick({ appId: h.catalogId, appName: h.name })}
                  p="sm"
                  className="tandem-row-clickable"
                  style={{ borderRadius: 8, border: `1px solid ${selected ? 'var(--mantine-color-indigo-5)' : 'transparent'}`, background: selected ? 'var(--mantine-color-indigo-0)' : undefined }}
                  data-testid="app-picker-hit"
                  data-app-id={h.catalogId}
                  aria-pressed={selected}
                >
                  <Group justify="space-between" wrap="nowrap" gap="sm">
                    <Stack gap={0} miw={0}>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={600} truncate>
                          {h.name}
                        </Text>
                        {h.inventory && (
                          <Badge size="xs" variant="light" color="teal" style={{ textTransform: 'none' }}>
                            In your inventory
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="dimmed" truncate>
                        {[h.vendor, CATEGORY_LABELS[h.category as Category] ?? h.category, h.domain].filter(Boolean).join(' · ')}
                      </Text>
                    </Stack>
                    {selected && <IconCheck size={18} color="var(--mantine-color-indigo-6)" />}
                  </Group>
                </UnstyledButton>
              );
            })}
            {debounced && !hits.isLoading && items.length === 0 && (
              <Text size="sm" c="dimmed" p="sm">
                No catalog app matches “{debounced}”. Try the vendor’s name or what the app does.
              </Text>
            )}
            {!debounced && (
              <Text size="sm" c="dimmed" p="sm">
                Type a name, a vendor or a need (“webinar”, “email marketing”).
              </Text>
            )}
          </Stack>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={!chosen} loading={busy} onClick={() => chosen && onPick({ appId: chosen.catalogId, appName: chosen.name })} data-testid="app-picker-confirm">
            {chosen ? `Label as ${chosen.name}` : 'Choose an app'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
