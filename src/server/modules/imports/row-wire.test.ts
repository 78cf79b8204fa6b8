import { describe, expect, it } from 'vitest';
import type { DiscoveryRow, TransactionRow } from './formats/types.js';
import { packRows, unpackDiscovery, unpackTransactions } from './row-wire.js';

describe('rows between the parser and the encoder', () => {
  it('come back as they were, nulls and repeated texts included', () => {
    const tx: TransactionRow[] = [
      { line: 2, externalId: null, account: null, date: '2026-03-01', amountMinor: 1234, currency: 'USD', description: 'ZOOM.US', merchant: null, cardholder: 'Ana', department: null, mcc: null, category: null },
      { line: 3, externalId: 'T-9', account: '1004', date: '2026-03-01', amountMinor: -50, currency: 'USD', description: 'ZOOM.US', merchant: 'Zoom', cardholder: 'Ana', department: 'Sales', mcc: '5734', category: 'Software' },
    ];
    expect(unpackTransactions(structuredClone(packRows(tx, 'transactions')))).toEqual(tx);

    const rows: DiscoveryRow[] = [
      { kind: 'signin', line: 5, externalId: 'u1', at: '2025-01-06T00:00:02.932Z', user: 'ana@x.example', userName: 'Ana', appName: 'Slack', appAlternate: 'Slack', appId: '0oa1', outcome: 'success', source: 'okta', ip: null },
      { kind: 'grant', line: 6, externalId: 'u2', at: '2025-01-06T00:00:03.000Z', user: 'ana@x.example', appName: null, clientId: 'c1', scopes: ['openid'], action: 'grant', source: 'okta' },
      { kind: 'signin', line: 7, externalId: null, at: '2025-01-06T00:00:04.000Z', user: null, userName: null, appName: null, appAlternate: 'Custom', appId: null, outcome: 'failure', source: 'okta', ip: '198.51.100.1' },
    ];
    const back = unpackDiscovery(structuredClone(packRows(rows, 'signins')));
    // Sign-ins keep their order; grants and app objects follow them.
    expect(back).toEqual([rows[0], rows[2], rows[1]]);
  });
});
