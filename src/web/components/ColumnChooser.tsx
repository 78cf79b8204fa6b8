import { ActionIcon, Button, Checkbox, Menu, Tooltip } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconColumns3 } from '@tabler/icons-react';
import type { VisibilityState } from '@tanstack/react-table';

export type ColumnOption = { id: string; label: string; defaultVisible?: boolean; required?: boolean };

/** Column visibility remembered per browser (localStorage). */
export function useColumnVisibility(storageKey: string, columns: ColumnOption[]) {
  const defaults: VisibilityState = Object.fromEntries(columns.map((c) => [c.id, c.defaultVisible !== false]));
  const [stored, setStored] = useLocalStorage<VisibilityState>({ key: storageKey, defaultValue: defaults, getInitialValueInEffect: false });
  const visibility: VisibilityState = { ...defaults, ...stored };
  for (const c of columns) if (c.required) visibility[c.id] = true;
  return { visibility, setVisibility: setStored, reset: () => setStored(defaults) };
}

export function ColumnChooser({ columns, visibility, onChange, onReset }: { columns: ColumnOption[]; visibility: VisibilityState; onChange: (v: VisibilityState) => void; onReset: () => void }) {
  return (
    <Menu position="bottom-end" shadow="md" width={240} closeOnItemClick={false}>
      <Menu.Target>
        <Tooltip label="Choose columns">
          <ActionIcon variant="default" size={36} aria-label="Choose columns" data-testid="column-chooser">
            <IconColumns3 size={18} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Columns</Menu.Label>
        {columns.map((c) => (
          <Menu.Item
            key={c.id}
            disabled={c.required}
            onClick={() => onChange({ ...visibility, [c.id]: !visibility[c.id] })}
            leftSection={<Checkbox size="xs" checked={visibility[c.id] !== false} readOnly tabIndex={-1} aria-hidden style={{ pointerEvents: 'none' }} />}
            data-testid={`column-toggle-${c.id}`}
          >
            {c.label}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Button variant="subtle" size="xs" fullWidth onClick={onReset}>
          Reset to default
        </Button>
      </Menu.Dropdown>
    </Menu>
  );
}
