import { Badge, Button, Checkbox, Divider, Group, Popover, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconCheck, IconChevronDown, IconSearch } from '@tabler/icons-react';
import { useState, type ComponentPropsWithRef, type ReactNode } from 'react';

export type FilterOption = { value: string; label: string; /** Shorter text for the button */ short?: string };

type TriggerProps = { label: string; summary?: string; count: number; icon?: ReactNode; testId?: string } & Omit<ComponentPropsWithRef<'button'>, 'children' | 'color' | 'style'>;

/** Popover.Target clones its child with a ref and handlers, so they are passed through. */
function Trigger({ label, summary, count, icon, testId, ...rest }: TriggerProps) {
  const active = count > 0;
  return (
    <Button
      {...rest}
      variant={active ? 'light' : 'default'}
      size="sm"
      leftSection={icon}
      rightSection={active && count > 1 ? <Badge size="xs" circle>{count}</Badge> : <IconChevronDown size={14} />}
      data-testid={testId}
      data-active={active || undefined}
      fw={500}
      styles={{ label: { maxWidth: 220 } }}
    >
      <Text span size="sm" fw={500} truncate>
        {active && summary ? `${label}: ${summary}` : label}
      </Text>
    </Button>
  );
}

/** Toolbar filter with checkboxes (any of the chosen values). */
export function MultiFilter({ label, options, value, onChange, icon, testId, searchable = options.length > 8 }: { label: string; options: FilterOption[]; value: string[]; onChange: (v: string[]) => void; icon?: ReactNode; testId?: string; searchable?: boolean }) {
  const [search, setSearch] = useState('');
  const shown = search ? options.filter((o) => o.label.toLowerCase().includes(search.toLowerCase())) : options;
  const summary = value.length === 1 ? options.find((o) => o.value === value[0])?.label : `${value.length}`;
  const toggle = (v: string) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <Popover position="bottom-start" shadow="md" width={260} trapFocus>
      <Popover.Target>
        <Trigger label={label} summary={value.length > 1 ? undefined : summary} count={value.length} icon={icon} testId={testId} />
      </Popover.Target>
      <Popover.Dropdown p={6}>
        {searchable && <TextInput size="xs" m={4} mb={6} placeholder={`Find ${label.toLowerCase()}…`} leftSection={<IconSearch size={14} />} value={search} onChange={(e) => setSearch(e.currentTarget.value)} data-autofocus />}
        <ScrollArea.Autosize mah={300} type="auto">
          <Stack gap={0}>
            {shown.map((o) => {
              const checked = value.includes(o.value);
              return (
                <UnstyledButton
                  key={o.value}
                  role="checkbox"
                  aria-checked={checked}
                  onClick={() => toggle(o.value)}
                  p={8}
                  style={{ borderRadius: 6 }}
                  className="tandem-row-clickable"
                  data-testid={testId ? `${testId}-option` : undefined}
                  data-value={o.value}
                  data-checked={checked || undefined}
                >
                  <Group gap={10} wrap="nowrap">
                    <Checkbox.Indicator size="xs" checked={checked} aria-hidden />
                    <Text size="sm">{o.label}</Text>
                  </Group>
                </UnstyledButton>
              );
            })}
            {shown.length === 0 && (
              <Text size="sm" c="dimmed" p="sm">
                Nothing matches
              </Text>
            )}
          </Stack>
        </ScrollArea.Autosize>
        {value.length > 0 && (
          <>
            <Divider my={4} />
            <Button variant="subtle" size="xs" fullWidth onClick={() => onChange([])}>
              Clear {label.toLowerCase()}
            </Button>
          </>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

/** Toolbar filter with one choice (or none). */
export function SingleFilter({ label, options, value, onChange, icon, testId }: { label: string; options: FilterOption[]; value: string | undefined; onChange: (v: string | undefined) => void; icon?: ReactNode; testId?: string }) {
  const [opened, setOpened] = useState(false);
  const current = options.find((o) => o.value === value);
  return (
    <Popover position="bottom-start" shadow="md" width={260} opened={opened} onChange={setOpened}>
      <Popover.Target>
        <Trigger label={label} summary={current?.short ?? current?.label} count={current ? 1 : 0} icon={icon} testId={testId} onClick={() => setOpened((o) => !o)} />
      </Popover.Target>
      <Popover.Dropdown p={6}>
        <Stack gap={0}>
          {[{ value: '', label: 'Any' }, ...options].map((o) => {
            const selected = (value ?? '') === o.value;
            return (
              <UnstyledButton
                key={o.value || 'any'}
                p={8}
                style={{ borderRadius: 6 }}
                className="tandem-row-clickable"
                onClick={() => {
                  onChange(o.value || undefined);
                  setOpened(false);
                }}
                data-testid={testId ? `${testId}-option` : undefined}
                data-value={o.value}
              >
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={selected ? 600 : 400}>
                    {o.label}
                  </Text>
                  {selected && <IconCheck size={14} color="var(--mantine-color-indigo-6)" />}
                </Group>
              </UnstyledButton>
            );
          })}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** Toolbar filter whose dropdown hosts any control (e.g. a person picker). */
export function CustomFilter({ label, summary, active, icon, testId, children }: { label: string; summary?: string; active: boolean; icon?: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <Popover position="bottom-start" shadow="md" width={300} trapFocus>
      <Popover.Target>
        <Trigger label={label} summary={summary} count={active ? 1 : 0} icon={icon} testId={testId} />
      </Popover.Target>
      <Popover.Dropdown p="sm">{children}</Popover.Dropdown>
    </Popover>
  );
}
