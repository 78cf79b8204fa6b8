import { Anchor, Box, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReviewGroup, ReviewRow } from '../../../shared/schemas/discovery.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { api, exportUrl, type Page } from '../../lib/api.js';
import { formatDate, formatMoney } from '../../lib/format.js';
import { useCan } from '../../lib/session.js';
import { SkeletonRows } from '../../components/SkeletonRows.js';

const PAGE = 20;

/** The rows behind one group: where each came from (file and line), who spent it and how much. */
export function ReviewRows({ group }: { group: ReviewGroup }) {
  const can = useCan();
  const [page, setPage] = useState(1);
  const query = { source: group.source, normalised: group.normalised };
  const { data, isLoading, error } = useQuery({
    queryKey: ['review', 'rows', query, page],
    queryFn: () => api.get<Page<ReviewRow>>('/api/review/rows', { ...query, page, pageSize: PAGE }),
    placeholderData: (prev) => prev,
  });
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / PAGE));

  if (error)
    return (
      <Text c="red" size="sm">
        Could not load the rows: {error.message}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="review-rows">
      <Box style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, background: 'white', overflow: 'hidden' }}>
        <Table verticalSpacing={6} fz="sm" layout="auto">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Description</Table.Th>
              <Table.Th>Card holder</Table.Th>
              <Table.Th>Department</Table.Th>
              <Table.Th>File</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {isLoading && <SkeletonRows cols={6} />}
            {data?.items.map((r) => (
              <Table.Tr key={r.id} data-testid="review-row">
                <Table.Td>{formatDate(r.date)}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {r.currency ? formatMoney(r.amountMinor, r.currency) : '—'}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" truncate maw={340} title={r.description}>
                    {r.description}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {r.person ? (
                    <AnchorLink to="/people/$personId" params={{ personId: r.person.id }} size="sm">
                      {r.person.name}
                    </AnchorLink>
                  ) : (
                    <Text size="sm" c={r.cardholder ? undefined : 'dimmed'}>
                      {r.cardholder ?? '—'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={r.department ? undefined : 'dimmed'}>
                    {r.department ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {can('import.read') ? (
                    <AnchorLink to="/imports/$importId" params={{ importId: r.importId }} size="sm" c="dimmed">
                      {r.fileName}:{r.line}
                    </AnchorLink>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {r.fileName}:{r.line}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Group justify="space-between">
        <Anchor href={exportUrl('/api/review/rows', query, 'csv')} download size="xs">
          <Group gap={4}>
            <IconDownload size={13} />
            {data && data.total > 1 ? `All ${data.total.toLocaleString()} rows as CSV` : 'Download as CSV'}
          </Group>
        </Anchor>
        {pages > 1 && <Pagination size="xs" total={pages} value={page} onChange={setPage} />}
      </Group>
    </Stack>
  );
}
