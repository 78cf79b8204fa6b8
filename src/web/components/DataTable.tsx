import { Box, Group, Pagination, Skeleton, Table, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type RowData, type VisibilityState } from '@tanstack/react-table';
import { Fragment, useState, type KeyboardEvent, type ReactNode } from 'react';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Server sort key; the header becomes clickable (`name` ↔ `-name`) */
    sortKey?: string;
    width?: number | string;
    align?: 'left' | 'right' | 'center';
    /** Label in the column chooser */
    label?: string;
    /** Let the cell text wrap (cells stay on one line by default) */
    wrap?: boolean;
    /** Keep the column in view when the table scrolls sideways (row actions) */
    sticky?: 'right';
  }
}

export type DataTableProps<T> = {
  data: T[] | undefined;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  getRowId: (row: T) => string;
  total?: number;
  page?: number;
  pageSize?: number;
  onPageChange?: (page: number) => void;
  /** Current server sort, e.g. `-updatedAt` */
  sort?: string;
  onSortChange?: (sort: string | undefined) => void;
  /** Sort applied by the server when none is chosen; shown as the active header */
  defaultSort?: string;
  loading?: boolean;
  fetching?: boolean;
  onRowClick?: (row: T) => void;
  renderExpanded?: (row: T) => ReactNode;
  /** Controlled expansion (row id → open), for pages that show it elsewhere too; internal state otherwise */
  expanded?: Record<string, boolean>;
  onExpandedChange?: (id: string, open: boolean) => void;
  columnVisibility?: VisibilityState;
  empty?: ReactNode;
  testId?: string;
  minWidth?: number;
  rowTestId?: string;
  /** Cell padding left and right; `md` by default, `sm` for wide tables */
  horizontalSpacing?: 'xs' | 'sm' | 'md';
};

function nextSort(current: string | undefined, key: string): string | undefined {
  if (current === key) return `-${key}`;
  if (current === `-${key}`) return undefined;
  return key;
}

/** TanStack Table rendered with Mantine: server-side paging and sorting, optional expandable rows. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { data, columns, getRowId, total = 0, page = 1, pageSize = 50, sort, defaultSort, loading, fetching, onRowClick, renderExpanded } = props;
  const [ownExpanded, setOwnExpanded] = useState<Record<string, boolean>>({});
  const expanded = props.expanded ?? ownExpanded;
  const table = useReactTable({
    data: data ?? [],
    columns,
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    state: { columnVisibility: props.columnVisibility ?? {} },
  });
  const effectiveSort = sort ?? defaultSort;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const visibleCount = table.getVisibleLeafColumns().length;
  const clickable = Boolean(onRowClick || renderExpanded);

  const activate = (row: T, id: string) => {
    if (onRowClick) onRowClick(row);
    else if (renderExpanded) {
      if (props.onExpandedChange) props.onExpandedChange(id, !expanded[id]);
      else setOwnExpanded((e) => ({ ...e, [id]: !e[id] }));
    }
  };
  const onKey = (e: KeyboardEvent, row: T, id: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate(row, id);
    }
  };

  return (
    <Box>
      <Box className="tandem-table-wrap">
        <Table.ScrollContainer minWidth={props.minWidth ?? 720} type="native">
          <Table verticalSpacing={8} horizontalSpacing={props.horizontalSpacing ?? 'md'} data-testid={props.testId} striped={false} style={{ opacity: fetching && !loading ? 0.65 : 1, transition: 'opacity 120ms' }}>
            <Table.Thead>
              {table.getHeaderGroups().map((hg) => (
                <Table.Tr key={hg.id}>
                  {hg.headers.map((h) => {
                    const meta = h.column.columnDef.meta;
                    const key = meta?.sortKey;
                    const dir = key && effectiveSort === key ? 'asc' : key && effectiveSort === `-${key}` ? 'desc' : null;
                    const label = h.isPlaceholder ? null : flexRender(h.column.columnDef.header, h.getContext());
                    return (
                      <Table.Th
                        key={h.id}
                        w={meta?.width}
                        ta={meta?.align}
                        className={[key && props.onSortChange ? 'tandem-th-sort' : '', meta?.sticky ? 'tandem-sticky-right' : ''].filter(Boolean).join(' ') || undefined}
                        aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
                        onClick={key && props.onSortChange ? () => props.onSortChange!(nextSort(sort, key)) : undefined}
                        data-sort-key={key}
                      >
                        {key && props.onSortChange ? (
                          <Group gap={4} wrap="nowrap" justify={meta?.align === 'right' ? 'flex-end' : undefined}>
                            <span>{label}</span>
                            {dir === 'asc' ? <IconArrowUp size={13} /> : dir === 'desc' ? <IconArrowDown size={13} /> : <IconSelector size={13} opacity={0.4} />}
                          </Group>
                        ) : (
                          label
                        )}
                      </Table.Th>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Thead>
            <Table.Tbody>
              {loading &&
                Array.from({ length: 8 }, (_, i) => (
                  <Table.Tr key={`sk${i}`}>
                    {Array.from({ length: visibleCount }, (_, j) => (
                      <Table.Td key={j}>
                        <Skeleton h={14} w={j === 0 ? '70%' : '55%'} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              {!loading &&
                table.getRowModel().rows.map((row) => (
                  <Fragment key={row.id}>
                    <Table.Tr
                      className={clickable ? 'tandem-row-clickable' : undefined}
                      onClick={clickable ? (e) => {
                        if ((e.target as HTMLElement).closest('a,button,input,[role="menuitem"]')) return;
                        activate(row.original, row.id);
                      } : undefined}
                      onKeyDown={clickable ? (e) => onKey(e, row.original, row.id) : undefined}
                      tabIndex={clickable ? 0 : undefined}
                      data-testid={props.rowTestId}
                      data-row-id={row.id}
                      bg={expanded[row.id] ? 'var(--mantine-color-gray-0)' : undefined}
                    >
                      {row.getVisibleCells().map((cell) => (
                        <Table.Td key={cell.id} ta={cell.column.columnDef.meta?.align} data-wrap={cell.column.columnDef.meta?.wrap || undefined} className={cell.column.columnDef.meta?.sticky ? 'tandem-sticky-right' : undefined}>
                          {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                    {renderExpanded && expanded[row.id] && (
                      <Table.Tr>
                        <Table.Td colSpan={visibleCount} bg="var(--mantine-color-gray-0)" p="md">
                          {renderExpanded(row.original)}
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!loading && (data?.length ?? 0) === 0 && props.empty}
      </Box>
      {!loading && total > 0 && props.onPageChange && (
        <Group justify="space-between" mt="sm" px={4}>
          <Text size="sm" c="dimmed" data-testid="table-range">
            {(page - 1) * pageSize + 1}–{Math.min(page * pageSize, total)} of {total.toLocaleString()}
          </Text>
          {pages > 1 && <Pagination total={pages} value={page} onChange={props.onPageChange} size="sm" withEdges={pages > 7} />}
        </Group>
      )}
    </Box>
  );
}
