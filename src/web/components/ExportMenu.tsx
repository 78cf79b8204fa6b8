import { Button, Menu } from '@mantine/core';
import { IconBraces, IconChevronDown, IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { exportUrl, type QueryValue } from '../lib/api.js';

/** Download every row matching the current filters as CSV or JSON (plain links: the session cookie goes along). */
export function ExportMenu({ path, query, label = 'Export' }: { path: string; query: Record<string, QueryValue>; label?: string }) {
  return (
    <Menu position="bottom-end" shadow="md" width={220}>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />} data-testid="export-menu">
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>All matching rows</Menu.Label>
        <Menu.Item component="a" href={exportUrl(path, query, 'csv')} download leftSection={<IconFileSpreadsheet size={16} />} data-testid="export-csv">
          CSV (spreadsheet)
        </Menu.Item>
        <Menu.Item component="a" href={exportUrl(path, query, 'json')} download leftSection={<IconBraces size={16} />} data-testid="export-json">
          JSON
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
