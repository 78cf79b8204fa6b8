/**
 * Parsed rows as they cross from the parser thread to the encoder: one flat array of plain values per batch
 * instead of objects, and each repeated text (app and person names, dates, descriptions) once per batch.
 * Structured clone writes every property name of every object and every copy of a string, and the receiving
 * thread allocates all of them again — a million rows made the encoder spend more time collecting garbage
 * than encoding. Rows are rebuilt on the other side in one shape, which the batchers read fast.
 */
import type { DiscoveryRow, SignInRow, TransactionRow } from './formats/types.js';

type Value = string | number | null;
/** `values`: the rows' fields in order, a repeated text as its index in `texts` (as a number; -1 is null). */
export type WireRows = { width: number; values: Value[]; texts: string[]; others: DiscoveryRow[] };

/** Texts that repeat across rows go through the table; ids and instants, unique per row, as themselves. */
function table() {
  const texts: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string | null): number => {
    if (s === null) return -1;
    let i = index.get(s);
    if (i === undefined) {
      index.set(s, (i = texts.length));
      texts.push(s);
    }
    return i;
  };
  return { texts, ref };
}

const TX_WIDTH = 12;
const SIGNIN_WIDTH = 11;

export function packRows(list: (TransactionRow | DiscoveryRow)[], kind: 'transactions' | 'signins'): WireRows {
  const { texts, ref } = table();
  const values: Value[] = [];
  const others: DiscoveryRow[] = [];
  if (kind === 'transactions') {
    for (const r of list as TransactionRow[])
      values.push(r.line, r.externalId, ref(r.account), ref(r.date), r.amountMinor, ref(r.currency), ref(r.description), ref(r.merchant), ref(r.cardholder), ref(r.department), ref(r.mcc), ref(r.category));
    return { width: TX_WIDTH, values, texts, others };
  }
  for (const r of list as DiscoveryRow[]) {
    if (r.kind === 'signin') values.push(r.line, r.externalId, r.at, ref(r.user), ref(r.userName), ref(r.appName), ref(r.appAlternate), ref(r.appId), ref(r.outcome), ref(r.source), ref(r.ip));
    else others.push(r);
  }
  return { width: SIGNIN_WIDTH, values, texts, others };
}

export function unpackTransactions(w: WireRows): TransactionRow[] {
  const { values: v, texts } = w;
  const t = (i: number) => (v[i] === -1 ? null : texts[v[i] as number]);
  const out: TransactionRow[] = [];
  for (let i = 0; i < v.length; i += TX_WIDTH) {
    out.push({
      line: v[i] as number, externalId: v[i + 1] as string | null, account: t(i + 2), date: t(i + 3)!, amountMinor: v[i + 4] as number, currency: t(i + 5)!,
      description: t(i + 6)!, merchant: t(i + 7), cardholder: t(i + 8), department: t(i + 9), mcc: t(i + 10), category: t(i + 11),
    });
  }
  return out;
}

/** Sign-ins first, then grants and app objects: the batcher keeps those for the end of the file, so their order among sign-ins does not matter. */
export function unpackDiscovery(w: WireRows): DiscoveryRow[] {
  const { values: v, texts } = w;
  const t = (i: number) => (v[i] === -1 ? null : texts[v[i] as number]);
  const out: DiscoveryRow[] = [];
  for (let i = 0; i < v.length; i += SIGNIN_WIDTH) {
    out.push({
      kind: 'signin', line: v[i] as number, externalId: v[i + 1] as string | null, at: v[i + 2] as string, user: t(i + 3), userName: t(i + 4),
      appName: t(i + 5), appAlternate: t(i + 6), appId: t(i + 7), outcome: t(i + 8) as SignInRow['outcome'], source: t(i + 9) as SignInRow['source'], ip: t(i + 10),
    } satisfies SignInRow);
  }
  for (const o of w.others) out.push(o);
  return out;
}
