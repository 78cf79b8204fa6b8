import { esc } from './transaction-batcher.js';

const FAIL = 1 << 20;
const DAY_MS = 86_400_000;

/** A typed array twice as long, its values kept. */
function grown<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The per app/person/day and per app/person sign-in counts of one import, kept in typed arrays.
 *
 * A million events name a few hundred thousand app/person pairs; as objects with arrays of day strings
 * they were most of the encoder's heap, and collecting it (and the day strings promoted with it) cost
 * the encoder more than its work. Here people and pairs are numbers, counts live in typed arrays and a day
 * is one entry in a flat list: when a pair's day changes, the finished day is appended. Logs come in
 * time order, so a pair has one entry a day; out of order, a day may have several, which readers sum
 * (they already do across drains and imports).
 */
export class SigninAggregates {
  // People, numbered as first seen (bounded by the organisation, never reset).
  private readonly personOf = new Map<string, number>();
  private readonly personKey: string[] = [];
  private readonly personName: (string | null)[] = [];
  /** Whether the person has a successful sign-in in this import (for the summary's count of users). */
  private signedIn = new Uint8Array(1024);
  private people = 0;

  // App/person pairs since the last drain of the totals.
  private pairOf = new Map<number, Map<number, number>>();
  private pairs = 0;
  private pairSeq = new Int32Array(1024);
  private pairPerson = new Int32Array(1024);
  private signins = new Int32Array(1024);
  private failures = new Int32Array(1024);
  private first: string[] = [];
  private last: string[] = [];
  /** The pair's current day (days since 1970; -1 none) and its count, sign-ins + failures × 2^20. */
  private day = new Int32Array(1024);
  private dayCount = new Int32Array(1024);
  /** Pairs with a current day. */
  private openDays = 0;

  /** Finished days: pair, day, count, three entries each. */
  private days = new Int32Array(3 * 4096);
  private dayEntries = 0;

  // Per app (match seq): successful sign-ins and the people behind them.
  readonly apps = new Map<number, { signins: number; people: Set<number> }>();

  private dayText = '';
  private dayNumber = 0;
  private readonly dayTexts = new Map<number, string>();

  get pairCount(): number {
    return this.pairs;
  }
  /** Day rows a drain would write now. */
  get dayCountSinceDrain(): number {
    return this.dayEntries + this.openDays;
  }
  get peopleSignedIn(): number {
    return this.people;
  }

  /** Counts one sign-in (`ok`) or failure at `at` (an ISO instant) of `user` on the app text `seq`. */
  add(seq: number, user: string, userName: string | null, at: string, ok: boolean): void {
    let person = this.personOf.get(user);
    if (person === undefined) {
      person = this.personKey.length;
      this.personOf.set(user, person);
      this.personKey.push(user);
      this.personName.push(userName);
      if (person >= this.signedIn.length) {
        const b = new Uint8Array(this.signedIn.length * 2);
        b.set(this.signedIn);
        this.signedIn = b;
      }
    } else if (userName !== null && this.personName[person] === null) this.personName[person] = userName;

    let byPerson = this.pairOf.get(seq);
    if (!byPerson) this.pairOf.set(seq, (byPerson = new Map()));
    let pair = byPerson.get(person);
    if (pair === undefined) {
      pair = this.newPair(seq, person, at);
      byPerson.set(person, pair);
    }
    if (ok) this.signins[pair]++;
    else this.failures[pair]++;
    if (at < this.first[pair]) this.first[pair] = at;
    if (at > this.last[pair]) this.last[pair] = at;

    const day = this.dayOf(at);
    if (this.day[pair] !== day) {
      if (this.day[pair] !== -1) this.pushDay(pair, this.day[pair], this.dayCount[pair]);
      else this.openDays++;
      this.day[pair] = day;
      this.dayCount[pair] = 0;
    }
    this.dayCount[pair] += ok ? 1 : FAIL;

    if (!ok) return;
    let app = this.apps.get(seq);
    if (!app) this.apps.set(seq, (app = { signins: 0, people: new Set() }));
    app.signins++;
    app.people.add(person);
    if (!this.signedIn[person]) {
      this.signedIn[person] = 1;
      this.people++;
    }
  }

  /** Days since 1970 of an ISO instant; the text of the last day is kept, as events come a day at a time. */
  private dayOf(at: string): number {
    if (this.dayText && at.startsWith(this.dayText)) return this.dayNumber;
    this.dayText = at.slice(0, 10);
    this.dayNumber = Math.floor(Date.parse(`${this.dayText}T00:00:00Z`) / DAY_MS);
    this.dayTexts.set(this.dayNumber, this.dayText);
    return this.dayNumber;
  }

  private newPair(seq: number, person: number, at: string): number {
    const p = this.pairs++;
    if (p >= this.pairSeq.length) {
      this.pairSeq = grown(this.pairSeq);
      this.pairPerson = grown(this.pairPerson);
      this.signins = grown(this.signins);
      this.failures = grown(this.failures);
      this.day = grown(this.day);
      this.dayCount = grown(this.dayCount);
    }
    this.pairSeq[p] = seq;
    this.pairPerson[p] = person;
    this.signins[p] = 0;
    this.failures[p] = 0;
    this.first[p] = at;
    this.last[p] = at;
    this.day[p] = -1;
    this.dayCount[p] = 0;
    return p;
  }

  private pushDay(pair: number, day: number, count: number): void {
    if (this.dayEntries * 3 + 3 > this.days.length) this.days = grown(this.days);
    const at = this.dayEntries++ * 3;
    this.days[at] = pair;
    this.days[at + 1] = day;
    this.days[at + 2] = count;
  }

  /**
   * COPY text for `signin_daily` (every day counted so far, emptied) and, with `totals`, for `signin_users`
   * (every pair's totals, after which pairs start again).
   */
  drain(importSeq: number, totals: boolean): { daily: string; users: string } {
    const daily = this.drainDays(importSeq);
    return { daily, users: totals ? [...this.drainTotals(importSeq)].join('') : '' };
  }

  /** COPY text for `signin_daily`: every day counted so far, emptied. */
  drainDays(importSeq: number): string {
    for (let p = 0; p < this.pairs; p++) {
      if (this.day[p] === -1) continue;
      this.pushDay(p, this.day[p], this.dayCount[p]);
      this.day[p] = -1;
      this.dayCount[p] = 0;
    }
    this.openDays = 0;
    let daily = '';
    for (let i = 0; i < this.dayEntries * 3; i += 3) {
      const p = this.days[i];
      const count = this.days[i + 2];
      daily += `${importSeq}\t${this.pairSeq[p]}\t${this.who(p)}\t${this.dayName(this.days[i + 1])}\t${count % FAIL}\t${Math.floor(count / FAIL)}\n`;
    }
    this.dayEntries = 0;
    if (this.days.length > 3 * 4096) this.days = new Int32Array(3 * 4096);
    return daily;
  }

  /**
   * COPY text for `signin_users`, `perPiece` pairs at a time (the writer copies one piece while the next is
   * made); the pairs start again afterwards.
   */
  *drainTotals(importSeq: number, perPiece = 100_000): Generator<string> {
    // Day entries name pairs by number: they must be written before the numbers start again.
    if (this.openDays || this.dayEntries) throw new Error('Drain the days before the totals');
    for (let from = 0; from < this.pairs; from += perPiece) {
      let users = '';
      const to = Math.min(this.pairs, from + perPiece);
      for (let p = from; p < to; p++) {
        users += `${importSeq}\t${this.pairSeq[p]}\t${this.who(p)}\t${esc(this.personName[this.pairPerson[p]])}\t${this.signins[p]}\t${this.failures[p]}\t${this.first[p]}\t${this.last[p]}\n`;
      }
      yield users;
    }
    this.pairOf = new Map();
    this.pairs = 0;
    this.first = [];
    this.last = [];
  }

  private who(p: number): string {
    return esc(this.personKey[this.pairPerson[p]]);
  }

  private dayName(day: number): string {
    let s = this.dayTexts.get(day);
    if (s === undefined) this.dayTexts.set(day, (s = new Date(day * DAY_MS).toISOString().slice(0, 10)));
    return s;
  }
}
