import { useQuery } from '@tanstack/react-query';
import type { Department, Person } from '../../shared/schemas/org.js';
import { api, type Page } from './api.js';

/** Every department (small list), for filters and pickers. */
export function useDepartments() {
  return useQuery({
    queryKey: ['departments', 'all'],
    queryFn: () => api.get<Page<Department>>('/api/departments', { pageSize: 500, sort: 'name' }),
    staleTime: 5 * 60_000,
    select: (p) => p.items,
  });
}

export function useDepartmentOptions() {
  const { data } = useDepartments();
  return (data ?? []).map((d) => ({ value: d.id, label: d.name }));
}

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: ['people', 'detail', id],
    queryFn: () => api.get<Person>(`/api/people/${id}`),
    enabled: Boolean(id),
    staleTime: 60_000,
  });
}
