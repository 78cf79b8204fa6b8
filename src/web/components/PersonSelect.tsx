import { Group, Select, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUser } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import type { Person } from '../../shared/schemas/org.js';
import { api, type Page } from '../lib/api.js';

export type PersonRef = { id: string; name: string; email: string };

export function usePeopleSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ['people', 'search', q],
    queryFn: () => api.get<Page<Person>>('/api/people', { q: q || undefined, pageSize: 20, sort: 'name' }),
    enabled,
    staleTime: 60_000,
  });
}

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  value: string | null;
  onChange: (id: string | null, person: PersonRef | null) => void;
  /** The currently selected person, so the label shows before any search */
  initial?: PersonRef | null;
  testId?: string;
};

/** Searchable person picker backed by /api/people?q=. */
export function PersonSelect({ value, onChange, initial, testId, ...rest }: Props) {
  const known = useRef(new Map<string, PersonRef & { title?: string | null; status?: string }>());
  if (initial) known.current.set(initial.id, initial);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [opened, setOpened] = useState(false);
  const selectedLabel = value ? known.current.get(value)?.name : undefined;
  const wanted = search === selectedLabel ? '' : search;
  const q = debounced === selectedLabel ? '' : debounced;
  const { data: fetched, isFetching } = usePeopleSearch(q, opened || Boolean(search));
  // While the typed text has not been searched yet, show no stale options.
  const data = wanted === q ? fetched : undefined;

  const options = useMemo(() => {
    const items = data?.items ?? [];
    for (const p of items) known.current.set(p.id, { id: p.id, name: p.name, email: p.email, title: p.title, status: p.status });
    const opts = items.map((p) => ({ value: p.id, label: p.name }));
    // The current person is listed only while not searching for someone else (Select remembers its label),
    // so the first result of a search is always a match, never the person already chosen.
    const searching = search !== '' && search !== selectedLabel;
    if (value && !searching && !opts.some((o) => o.value === value)) {
      const p = known.current.get(value);
      if (p) opts.unshift({ value, label: p.name });
    }
    return opts;
  }, [data, value, search, selectedLabel]);

  return (
    <Select
      searchable
      clearable
      allowDeselect={false}
      placeholder="Search people…"
      nothingFoundMessage={isFetching || !data ? 'Searching…' : 'Nobody matches'}
      leftSection={<IconUser size={16} />}
      {...rest}
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      filter={({ options: o }) => o}
      onChange={(id) => onChange(id, id ? (known.current.get(id) ?? null) : null)}
      renderOption={({ option }) => {
        const p = known.current.get(option.value);
        return (
          <Group gap={6} wrap="nowrap" justify="space-between" w="100%">
            <div>
              <Text size="sm">{option.label}</Text>
              <Text size="xs" c="dimmed">
                {p?.email}
                {p?.title ? ` · ${p.title}` : ''}
              </Text>
            </div>
            {p?.status === 'leaver' && (
              <Text size="xs" c="orange">
                leaver
              </Text>
            )}
          </Group>
        );
      }}
      data-testid={testId}
    />
  );
}
