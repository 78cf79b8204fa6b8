import { useQuery } from '@tanstack/react-query';
import { api, type Page, type QueryValue } from './api.js';

export const PAGE_SIZE = 50;

/** One server-paged list: `GET path?query` kept between pages while the next loads. */
export function useList<T>(key: string, path: string, query: Record<string, QueryValue>, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [key, 'list', query],
    queryFn: () => api.get<Page<T>>(path, query),
    placeholderData: (prev) => prev,
  });
}

/** Patch the URL search; filters reset the page, paging keeps the rest. */
export function searchPatcher<S extends object>(navigate: (opts: { search: (prev: S) => S; replace?: boolean }) => unknown) {
  return (patch: Partial<S>, resetPage = true) =>
    navigate({ search: (prev: S) => ({ ...prev, ...patch, ...(resetPage ? { page: undefined } : {}) }), replace: true });
}

/** The DataTable props every server-paged list page shares: rows, paging and sorting wired to the URL. */
export function listTableProps<T, S extends { page?: number; sort?: string }>(
  list: { data?: Page<T>; isLoading: boolean; isFetching: boolean },
  search: S,
  update: (patch: Partial<S>, resetPage?: boolean) => unknown,
) {
  return {
    data: list.data?.items,
    total: list.data?.total,
    page: search.page ?? 1,
    pageSize: PAGE_SIZE,
    onPageChange: (page: number) => update({ page } as Partial<S>, false),
    sort: search.sort,
    onSortChange: (sort: string | undefined) => update({ sort } as Partial<S>),
    loading: list.isLoading,
    fetching: list.isFetching,
  };
}
