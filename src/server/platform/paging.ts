export type PageResult<T> = { items: T[]; total: number; page: number; pageSize: number };
export type PageQuery = { page: number; pageSize: number };

export function offsetOf(q: PageQuery): number {
  return (q.page - 1) * q.pageSize;
}
