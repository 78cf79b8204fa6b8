import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One process per embedded data folder: two PGlite processes on one folder corrupt it.
 * The lock file is created with O_EXCL; a lock whose process is gone is stale and replaced.
 */
export type LockInfo = { pid: number; startedAt: string; command: string; url?: string; secret?: string };

export type LockResult = { acquired: true; lock: DataLock } | { acquired: false; holder: LockInfo };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataLock {
  private constructor(
    readonly file: string,
    private info: LockInfo,
  ) {}

  static lockPath(dataDir: string): string {
    return path.join(dataDir, 'tandem.lock');
  }

  static read(dataDir: string): LockInfo | null {
    try {
      return JSON.parse(readFileSync(DataLock.lockPath(dataDir), 'utf8')) as LockInfo;
    } catch {
      return null;
    }
  }

  static acquire(dataDir: string, command: string): LockResult {
    mkdirSync(dataDir, { recursive: true });
    const file = DataLock.lockPath(dataDir);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const fd = openSync(file, 'wx', 0o600);
        const info: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), command };
        writeFileSync(fd, JSON.stringify(info));
        closeSync(fd);
        return { acquired: true, lock: new DataLock(file, info) };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const holder = DataLock.read(dataDir);
        if (holder && holder.pid !== process.pid && alive(holder.pid)) return { acquired: false, holder };
        // Stale (the process died) or unreadable half-written: remove and try again.
        rmSync(file, { force: true });
      }
    }
    const holder = DataLock.read(dataDir);
    return { acquired: false, holder: holder ?? { pid: -1, startedAt: '', command: 'unknown' } };
  }

  /** Adds the server's URL and CLI secret, so CLI commands can go through the running server. */
  update(extra: Partial<LockInfo>): void {
    this.info = { ...this.info, ...extra };
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.info), { mode: 0o600 });
    renameSync(tmp, this.file);
  }

  release(): void {
    const current = DataLock.read(path.dirname(this.file));
    if (current?.pid === process.pid) rmSync(this.file, { force: true });
  }
}
