import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { rows } from '../../platform/sql.js';

export type Phase = 'queued' | 'reading' | 'loading' | 'committing' | 'done';

/**
 * Progress of one import, written to its own row at most twice a second so the UI and CLI can show
 * phase, rows, bytes, rate and ETA. Each write also reads back whether someone asked to cancel.
 */
export class ImportProgress {
  phase: Phase = 'reading';
  bytes = 0;
  rows = 0;
  private started = Date.now();
  private lastWrite = 0;
  cancelRequested = false;

  constructor(
    private database: Database,
    private importId: string,
    private bytesTotal: number,
  ) {}

  async tick(force = false): Promise<boolean> {
    const now = Date.now();
    if (!force && now - this.lastWrite < 500) return this.cancelRequested;
    this.lastWrite = now;
    const secs = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.rows / secs;
    const byteRate = this.bytes / secs;
    const eta = byteRate > 0 && this.bytesTotal > this.bytes ? Math.round((this.bytesTotal - this.bytes) / byteRate) : this.phase === 'loading' || this.phase === 'reading' ? null : 0;
    const r = await rows<{ cancel_requested: boolean }>(this.database.db, sql`UPDATE imports SET phase = ${this.phase}, bytes_done = ${Math.min(this.bytes, this.bytesTotal)},
      rows_done = ${this.rows}, rows_per_second = ${Math.round(rate)}, eta_seconds = ${eta}, updated_at = now()
      WHERE id = ${this.importId} RETURNING cancel_requested`);
    this.cancelRequested = Boolean(r[0]?.cancel_requested);
    return this.cancelRequested;
  }
}

/** Gives the event loop a turn so API requests are served between chunks (PGlite runs on this thread). */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
