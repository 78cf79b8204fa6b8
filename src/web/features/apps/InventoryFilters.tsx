import { Button, Group } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { CATEGORIES, CATEGORY_LABELS, DATA_CLASSES, DATA_CLASS_LABELS, LIFECYCLE, LIFECYCLE_LABELS } from '../../../shared/enums.js';
import { CustomFilter, MultiFilter, SingleFilter } from '../../components/FilterButton.js';
import { PersonSelect } from '../../components/PersonSelect.js';
import { SearchInput } from '../../components/SearchInput.js';
import { useDepartmentOptions, usePerson } from '../../lib/queries.js';
import { joinList, list } from '../../lib/search.js';
import type { AppsSearch } from '../../router.js';

const STATUS_OPTIONS = LIFECYCLE.map((s) => ({ value: s, label: LIFECYCLE_LABELS[s] }));
const CATEGORY_OPTIONS = CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })).sort((a, b) => a.label.localeCompare(b.label));
const DATA_OPTIONS = DATA_CLASSES.map((d) => ({ value: d, label: DATA_CLASS_LABELS[d] }));
const SSO_OPTIONS = [
  { value: 'true', label: 'Supports SSO' },
  { value: 'false', label: 'No SSO' },
];
const EXPIRING_OPTIONS = [
  { value: '0', label: 'Expired', short: 'expired' },
  { value: '30', label: 'Expired or within 30 days', short: '≤ 30 days' },
  { value: '60', label: 'Expired or within 60 days', short: '≤ 60 days' },
  { value: '90', label: 'Expired or within 90 days', short: '≤ 90 days' },
];

export const FILTER_KEYS = ['q', 'status', 'category', 'department', 'owner', 'dataClass', 'sso', 'expiring'] as const;

export function hasFilters(s: AppsSearch): boolean {
  return FILTER_KEYS.some((k) => Boolean(s[k]));
}

export function InventoryFilters({ search, onChange }: { search: AppsSearch; onChange: (patch: Partial<AppsSearch>) => void }) {
  const departments = useDepartmentOptions();
  const owner = usePerson(search.owner);
  const multi = (key: 'status' | 'category' | 'department' | 'dataClass') => ({ value: list(search[key]), onChange: (v: string[]) => onChange({ [key]: joinList(v) }) });

  return (
    <Group gap="xs" wrap="wrap" data-testid="inventory-filters">
      <SearchInput value={search.q} onSearch={(q) => onChange({ q })} placeholder="Search apps, vendors…" w={220} testId="apps-search" aria-label="Search apps" />
      <MultiFilter label="Status" options={STATUS_OPTIONS} testId="filter-status" {...multi('status')} />
      <MultiFilter label="Category" options={CATEGORY_OPTIONS} testId="filter-category" {...multi('category')} />
      <MultiFilter label="Department" options={departments} testId="filter-department" searchable {...multi('department')} />
      <CustomFilter label="Owner" summary={owner.data?.name ?? (search.owner ? '…' : undefined)} active={Boolean(search.owner)} testId="filter-owner">
        <PersonSelect
          label="Business or IT owner"
          value={search.owner ?? null}
          initial={owner.data ?? null}
          onChange={(id) => onChange({ owner: id ?? undefined })}
          comboboxProps={{ withinPortal: false }}
          testId="filter-owner-select"
          data-autofocus
        />
      </CustomFilter>
      <MultiFilter label="Data held" options={DATA_OPTIONS} testId="filter-data" {...multi('dataClass')} />
      <SingleFilter label="SSO" options={SSO_OPTIONS} value={search.sso} onChange={(sso) => onChange({ sso })} testId="filter-sso" />
      <SingleFilter label="Attestations" options={EXPIRING_OPTIONS} value={search.expiring} onChange={(expiring) => onChange({ expiring })} testId="filter-expiring" />
      {hasFilters(search) && (
        <Button variant="subtle" color="gray" size="sm" leftSection={<IconFilterOff size={15} />} onClick={() => onChange(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])))} data-testid="clear-filters">
          Clear
        </Button>
      )}
    </Group>
  );
}
