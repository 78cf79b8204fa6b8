/** Helpers the format parsers' tests share (not used at run time). */
import { expect } from 'vitest';
import { FormatError, type BadRow } from './types.js';

/** Every row a parser yields, in order. */
export async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

/** The rows of a parse that must have no bad rows. */
export async function goodRows<T extends { bad?: boolean }>(rows: AsyncIterable<T | BadRow>): Promise<T[]> {
  const all = await collect(rows);
  expect(all.filter((r) => r.bad)).toEqual([]);
  return all as T[];
}

/** The FormatError a parse must end with. */
export async function formatError(run: Promise<unknown>): Promise<FormatError> {
  const e = await run.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FormatError);
  return e as FormatError;
}
