import { Skeleton, Table } from '@mantine/core';

/** Placeholder rows for a plain Mantine table while its first page loads. */
export function SkeletonRows({ rows = 3, cols }: { rows?: number; cols: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, i) => (
        <Table.Tr key={i}>
          {Array.from({ length: cols }, (_, j) => (
            <Table.Td key={j}>
              <Skeleton h={12} w="65%" />
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </>
  );
}
