import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { ConnectionRequest, ConnectionRowPage, RequestStatus } from '../../../contract';
import { createI18n } from '../../../i18n';
import { rowsCsv } from './export-csv';
import { toRowsPage } from './rows';

const SERVER_TIME = '2026-03-10T12:00:00.000Z';

function request(status: RequestStatus, overrides: Partial<ConnectionRequest> = {}) {
  const answered = status === 'approved' || status === 'rejected';
  return {
    kind: 'request' as const,
    request: {
      id: `r-${status}`,
      customerId: `c-${status}`,
      customerName: `Customer ${status}`,
      status,
      origin: 'search' as const,
      contactEmail: 'buyer@acme.example',
      sentAt: '2026-03-01T12:00:00.000Z',
      expiresAt: '2026-03-31T12:00:00.000Z',
      respondedAt: answered ? '2026-03-02T12:00:00.000Z' : null,
      comment: null,
      attempt: 1,
      attemptsLeft: 2,
      ...overrides,
    },
  };
}

let t: TFunction<'requests'>;
let tSuggestions: TFunction<'suggestions'>;
beforeAll(async () => {
  const i18n = await createI18n({ lng: 'en' });
  t = i18n.getFixedT('en', 'requests');
  tSuggestions = i18n.getFixedT('en', 'suggestions');
});

/** The CSV of these wire rows, as records of fields (header first). */
function csvOf(items: ConnectionRowPage['items']): string[][] {
  const page = toRowsPage({
    items,
    total: items.length,
    page: 1,
    pageSize: 25,
    serverTime: SERVER_TIME,
  });
  return rowsCsv(page.rows, t, tSuggestions)
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}

const HEADER = [
  'Customer',
  'Status',
  'Reason',
  'Email',
  'Date',
  'Comments',
  'Days left',
  'Attempts left',
];

describe('rowsCsv: one record per row of the view, as the table shows it', () => {
  it('has the table’s columns, the reason and the counts as headers', () => {
    expect(csvOf([])).toEqual([HEADER]);
  });

  it('writes a pending request with its days and attempts left', () => {
    expect(csvOf([request('pending')])[1]).toEqual([
      'Customer pending',
      'Pending',
      '',
      'buyer@acme.example',
      '2026-03-01',
      '',
      '21',
      '2',
    ]);
  });

  it.each(['approved', 'rejected'] as const)(
    'writes an %s request with empty days and attempts left, never "null"',
    (status) => {
      expect(csvOf([request(status)])[1]).toEqual([
        `Customer ${status}`,
        status === 'approved' ? 'Approved' : 'Rejected',
        '',
        'buyer@acme.example',
        '2026-03-01',
        '',
        '',
        '',
      ]);
    },
  );

  it.each([
    ['expired', 'Expired'],
    ['withdrawn', 'Withdrawn'],
  ] as const)('writes a %s request with its attempts left and no days left', (status, label) => {
    expect(csvOf([request(status, { attempt: 3, attemptsLeft: 0 })])[1]).toEqual([
      `Customer ${status}`,
      label,
      '',
      'buyer@acme.example',
      '2026-03-01',
      '',
      '',
      '0',
    ]);
  });

  it('writes a system-initiated request as such, and a rejection comment', () => {
    const row = request('rejected', {
      origin: 'suggestion',
      contactEmail: null,
      comment: 'Not now',
    });
    expect(csvOf([row])[1]).toEqual([
      'Customer rejected',
      'Rejected',
      '',
      '[System initiated]',
      '2026-03-01',
      'Not now',
      '',
      '',
    ]);
  });

  it('writes a suggestion as Suggested with its reason and nothing else', () => {
    const suggestion = {
      kind: 'suggestion' as const,
      suggestion: {
        customerId: 'c-s',
        customerName: 'Ångström AB',
        reason: 'invoice_history' as const,
      },
    };
    expect(csvOf([suggestion])[1]).toEqual([
      'Ångström AB',
      'Suggested',
      'You have invoiced this customer',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('never writes "null" or "undefined", whatever the row', () => {
    const statuses: RequestStatus[] = ['pending', 'approved', 'expired', 'rejected', 'withdrawn'];
    const page = toRowsPage({
      items: [
        ...statuses.map((status) => request(status, { origin: 'suggestion', contactEmail: null })),
        {
          kind: 'suggestion',
          suggestion: { customerId: 'c-s', customerName: 'S', reason: 'buyer_network' },
        },
      ],
      total: 6,
      page: 1,
      pageSize: 25,
      serverTime: SERVER_TIME,
    });
    expect(rowsCsv(page.rows, t, tSuggestions)).not.toMatch(/null|undefined/);
  });

  it('removes control and bidirectional-override characters from names and comments', () => {
    const row = request('rejected', {
      customerName: 'Acme\u202E GmbH\u0007',
      comment: '=cmd\u2066 here\u0000',
    });
    expect(csvOf([row])[1]?.slice(0, 6)).toEqual([
      'Acme GmbH',
      'Rejected',
      '',
      'buyer@acme.example',
      '2026-03-01',
      "'=cmd here",
    ]);
  });
});
