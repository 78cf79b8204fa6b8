/**
 * Parsed rows as they cross from the parse worker to the main thread: arrays of plain values instead of
 * objects. Structured clone writes every property name of every object (a million times per file) and
 * the copies arrive as objects of their own shape; a tuple clones in half the time and is rebuilt here
 * into rows of one shape, which the batchers read fast.
 */
import type { DiscoveryRow, SignInRow, TransactionRow } from './formats/types.js';

type Value = string | number | null;
export type WireRows = { tuples: Value[][]; others: DiscoveryRow[] };

export function packRows(list: (TransactionRow | DiscoveryRow)[], kind: 'transactions' | 'signins'): WireRows {
  const tuples: Value[][] = [];
  const others: DiscoveryRow[] = [];
  if (kind === 'transactions') {
    for (const r of list as TransactionRow[])
      tuples.push([r.line, r.externalId, r.account, r.date, r.amountMinor, r.currency, r.description, r.merchant, r.cardholder, r.department, r.mcc, r.category]);
  } else {
    for (const r of list as DiscoveryRow[]) {
      if (r.kind === 'signin') tuples.push([r.line, r.externalId, r.at, r.user, r.userName, r.appName, r.appAlternate, r.appId, r.outcome, r.source, r.ip]);
      else others.push(r);
    }
  }
  return { tuples, others };
}

export function unpackTransactions(w: WireRows): TransactionRow[] {
  return w.tuples.map((t) => ({
    line: t[0] as number, externalId: t[1] as string | null, account: t[2] as string | null, date: t[3] as string, amountMinor: t[4] as number, currency: t[5] as string,
    description: t[6] as string, merchant: t[7] as string | null, cardholder: t[8] as string | null, department: t[9] as string | null, mcc: t[10] as string | null, category: t[11] as string | null,
  }));
}

/** Sign-ins first, then grants and app objects: the batcher keeps those for the end of the file, so their order among sign-ins does not matter. */
export function unpackDiscovery(w: WireRows): DiscoveryRow[] {
  const out: DiscoveryRow[] = w.tuples.map(
    (t): SignInRow => ({
      kind: 'signin', line: t[0] as number, externalId: t[1] as string | null, at: t[2] as string, user: t[3] as string | null, userName: t[4] as string | null,
      appName: t[5] as string | null, appAlternate: t[6] as string | null, appId: t[7] as string | null, outcome: t[8] as SignInRow['outcome'], source: t[9] as SignInRow['source'], ip: t[10] as string | null,
    }),
  );
  for (const o of w.others) out.push(o);
  return out;
}
