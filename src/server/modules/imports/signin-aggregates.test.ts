import { describe, expect, it } from 'vitest';
import { SigninAggregates } from './signin-aggregates.js';

const lines = (text: string) => text.split('\n').filter(Boolean).map((l) => l.split('\t'));

describe('SigninAggregates', () => {
  it('counts per app, person and day, and per app and person with first and last times', () => {
    const a = new SigninAggregates();
    a.add(5, 'ann@x.example', 'Ann', '2026-03-01T09:00:00.000Z', true);
    a.add(5, 'ann@x.example', null, '2026-03-01T17:00:00.000Z', false);
    a.add(5, 'ann@x.example', null, '2026-03-02T08:00:00.000Z', true);
    a.add(6, 'ann@x.example', null, '2026-03-02T08:30:00.000Z', true);
    a.add(5, 'bob@x.example', 'Bob\tB', '2026-03-02T10:00:00.000Z', false);
    expect(a.pairCount).toBe(3);
    expect(a.dayCountSinceDrain).toBe(4);
    expect(a.peopleSignedIn).toBe(1);
    expect(a.apps.get(5)).toEqual({ signins: 2, people: new Set([0]) });

    const { daily, users } = a.drain(9, true);
    expect(lines(daily).sort()).toEqual([
      ['9', '5', 'ann@x.example', '2026-03-01', '1', '1'],
      ['9', '5', 'ann@x.example', '2026-03-02', '1', '0'],
      ['9', '5', 'bob@x.example', '2026-03-02', '0', '1'],
      ['9', '6', 'ann@x.example', '2026-03-02', '1', '0'],
    ]);
    expect(lines(users).sort()).toEqual([
      ['9', '5', 'ann@x.example', 'Ann', '2', '1', '2026-03-01T09:00:00.000Z', '2026-03-02T08:00:00.000Z'],
      ['9', '5', 'bob@x.example', 'Bob\\tB', '0', '1', '2026-03-02T10:00:00.000Z', '2026-03-02T10:00:00.000Z'],
      ['9', '6', 'ann@x.example', 'Ann', '1', '0', '2026-03-02T08:30:00.000Z', '2026-03-02T08:30:00.000Z'],
    ]);
    expect(a.pairCount).toBe(0);
    expect(a.drain(9, true)).toEqual({ daily: '', users: '' });
  });

  it('out of time order, a day may come in several rows whose sums are right; totals see the earliest and latest', () => {
    const a = new SigninAggregates();
    const times = ['2026-03-03T10:00:00.000Z', '2026-03-01T10:00:00.000Z', '2026-03-03T11:00:00.000Z', '2026-03-01T12:00:00.000Z', '2026-03-02T12:00:00.000Z'];
    for (const at of times) a.add(1, 'cy@x.example', 'Cy', at, true);
    const { daily, users } = a.drain(2, true);
    const sums = new Map<string, number>();
    for (const [, , , day, n] of lines(daily)) sums.set(day, (sums.get(day) ?? 0) + Number(n));
    expect(Object.fromEntries(sums)).toEqual({ '2026-03-01': 2, '2026-03-02': 1, '2026-03-03': 2 });
    expect(lines(users)).toEqual([['2', '1', 'cy@x.example', 'Cy', '5', '0', '2026-03-01T10:00:00.000Z', '2026-03-03T11:00:00.000Z']]);
  });

  it('draining only the days keeps the totals, and the next drain goes on from there', () => {
    const a = new SigninAggregates();
    for (let d = 1; d <= 9; d++) a.add(3, 'dee@x.example', null, `2026-04-0${d}T06:00:00.000Z`, true);
    const first = a.drain(4, false);
    expect(lines(first.daily)).toHaveLength(9);
    expect(first.users).toBe('');
    expect(a.dayCountSinceDrain).toBe(0);
    a.add(3, 'dee@x.example', null, '2026-04-09T07:00:00.000Z', true);
    const end = a.drain(4, true);
    expect(lines(end.daily)).toEqual([['4', '3', 'dee@x.example', '2026-04-09', '1', '0']]);
    expect(lines(end.users)).toEqual([['4', '3', 'dee@x.example', '\\N', '10', '0', '2026-04-01T06:00:00.000Z', '2026-04-09T07:00:00.000Z']]);
  });
});
