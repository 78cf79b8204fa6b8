/**
 * UUIDv7: time-ordered ids, so primary-key indexes stay append-mostly. The random part comes from
 * crypto.randomUUID (batched entropy, far cheaper than a getRandomValues call per id).
 */
export function uuidv7(now: number = Date.now()): string {
  const r = globalThis.crypto.randomUUID();
  const ts = now.toString(16).padStart(12, '0');
  // r is xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx: keep its variant and random tail, set version 7.
  return `${ts.slice(0, 8)}-${ts.slice(8, 12)}-7${r.slice(15)}`;
}
