import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { IconBuilding } from '@tabler/icons-react';
import { useDepartmentOptions } from '../lib/queries.js';

/** Multi-select of departments from /api/departments. */
export function DepartmentMultiSelect({ value, onChange, extra = [], only, testId, ...rest }: Omit<MultiSelectProps, 'data'> & { value: string[]; onChange: (ids: string[]) => void; extra?: { id: string; name: string }[]; only?: string[]; testId?: string }) {
  const all = useDepartmentOptions();
  const options = only ? all.filter((o) => only.includes(o.value)) : all;
  for (const d of extra) if (!options.some((o) => o.value === d.id)) options.push({ value: d.id, label: d.name });
  return (
    <MultiSelect
      searchable
      clearable
      leftSection={<IconBuilding size={16} />}
      placeholder={value.length ? undefined : 'Any department'}
      {...rest}
      data={options}
      value={value}
      onChange={onChange}
      data-testid={testId}
    />
  );
}
