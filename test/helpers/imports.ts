import { expect } from 'vitest';
import type { Session, TestApp } from './app.js';

/** Uploads a file as `as` (raw body; `query` adds start, format, preset…). */
export function uploadFile(t: TestApp, as: Session, name: string, content: Buffer | string, query = 'start=true') {
  return t.call('POST', `/api/imports?fileName=${encodeURIComponent(name)}&${query}`, { as, payload: content, headers: { 'content-type': 'application/octet-stream' } });
}

/** Polls an import until it is committed, failed or cancelled, and returns its detail. */
export async function importFinished(t: TestApp, as: Session, id: string) {
  for (let i = 0; i < 600; i++) {
    const d = (await t.call('GET', `/api/imports/${id}`, { as })).json();
    if (['committed', 'failed', 'cancelled'].includes(d.state)) return d;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

/** Uploads, starts and waits for one import. */
export async function importAndWait(t: TestApp, as: Session, name: string, content: Buffer | string, query = 'start=true') {
  const res = await uploadFile(t, as, name, content, query);
  expect(res.statusCode, res.body).toBe(200);
  return importFinished(t, as, res.json().id);
}
