/** URL search params stay plain strings (`?status=approved,in_review&page=2`) so views are shareable. */
export function parseSearch(search: string): Record<string, string> {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const out: Record<string, string> = {};
  for (const [k, v] of params) out[k] = v;
  return out;
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const s = params.toString().replace(/%2C/gi, ',');
  return s ? `?${s}` : '';
}

export function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

export function num(v: unknown): number | undefined {
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined;
}

export function list(v: string | undefined): string[] {
  return v ? v.split(',').filter(Boolean) : [];
}

export function joinList(values: string[]): string | undefined {
  return values.length ? values.join(',') : undefined;
}

/** Common list search: free text, 1-based page, sort key. */
export type ListSearch = { q?: string; page?: number; sort?: string };

export function listSearch(raw: Record<string, unknown>): ListSearch {
  return { q: str(raw.q), page: num(raw.page), sort: str(raw.sort) };
}

/** Picks string fields from raw search. */
export function pickStrings<K extends string>(raw: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = str(raw[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}
