import {
  callApi,
  connectionsTable,
  customerRow,
  demo,
  demoState,
  expect,
  historyOf,
  listRequests,
  openApp,
  requestFor,
  test,
  type ApiResponse,
  type Page,
} from './fixtures';
import { NAMED } from '../../mocks/data/catalogue';
import type { ErrorBody } from '../../src/contract';

/**
 * Two tabs of one browser share one mock store (SPEC §4): calls fired by both at the same
 * moment get exactly the answers two calls in a row would get, every time. Each race runs
 * TRIALS times from a fresh default state, through the API inside each page (as the app calls
 * it), both calls released together.
 */

const TRIALS = 20;

const ANGSTROEM = NAMED.angstroem;
const DUBOIS = NAMED.dubois;
const MUELLER = NAMED.muellerLogistik;

/** The statuses of both answers, in order, and the error codes of the refused ones. */
function outcome(responses: ApiResponse<unknown>[]) {
  const statuses = responses.map(({ status }) => status).sort();
  const codes = responses
    .filter(({ status }) => status >= 400)
    .map(({ body }) => (body as ErrorBody).error.code)
    .sort();
  return { statuses, codes };
}

/** Opens the app in both tabs. */
async function twoTabs(page: Page, secondTab: Page): Promise<[Page, Page]> {
  await openApp(page);
  await openApp(secondTab);
  return [page, secondTab];
}

/**
 * Runs `trial` TRIALS times with both tabs, each time from the default scenario (a reset in
 * one tab; the other picks it up on its next call).
 */
async function inTrials(tabs: [Page, Page], trial: (n: string) => Promise<void>) {
  for (let n = 1; n <= TRIALS; n += 1) {
    await demo(tabs[0], 'reset');
    await trial(`trial ${String(n)}`);
  }
}

/** The same call from both tabs at once. */
function both<T>(tabs: [Page, Page], call: (tab: Page, index: number) => Promise<T>) {
  return Promise.all(tabs.map((tab, index) => call(tab, index)));
}

function connect(tab: Page, customerId: string) {
  return callApi(tab, 'POST', '/api/connection-requests', { customerId, origin: 'suggestion' });
}

test.describe('two tabs acting at the same moment get the serial outcome', () => {
  // Twenty trials with two live pages each (both refetch on every change): slow on a busy machine.
  test.beforeEach(() => {
    test.slow();
  });

  test('connecting two different customers: both are created, with different ids, and kept', async ({
    page,
    secondTab,
  }) => {
    const tabs = await twoTabs(page, secondTab);
    await inTrials(tabs, async (trial) => {
      const responses = await both(tabs, (tab, index) =>
        connect(tab, (index === 0 ? ANGSTROEM : DUBOIS).id),
      );
      expect(outcome(responses), trial).toEqual({
        statuses: [201, 201],
        codes: [],
      });
      const ids = responses.map(({ body }) => (body as { id: string }).id);
      expect(new Set(ids).size).toBe(2);
      // Both are stored, seen from either tab.
      const stored = (await listRequests(tabs[1])).map(({ id }) => id);
      expect(stored).toEqual(expect.arrayContaining(ids));
    });
  });

  test('connecting the same customer: one request, the other tab gets request_pending', async ({
    page,
    secondTab,
  }) => {
    const tabs = await twoTabs(page, secondTab);
    await inTrials(tabs, async (trial) => {
      const responses = await both(tabs, (tab) => connect(tab, ANGSTROEM.id));
      expect(outcome(responses), trial).toEqual({
        statuses: [201, 409],
        codes: ['request_pending'],
      });
      const sent = await requestFor(tabs[0], ANGSTROEM.name);
      expect(await historyOf(tabs[1], sent.id)).toHaveLength(1);
    });
  });

  test('withdrawing the same request: one withdrawal, the other tab gets not_pending', async ({
    page,
    secondTab,
  }) => {
    const tabs = await twoTabs(page, secondTab);
    await inTrials(tabs, async (trial) => {
      const pending = await requestFor(tabs[0], MUELLER.name);
      const responses = await both(tabs, (tab) =>
        callApi(tab, 'POST', `/api/connection-requests/${pending.id}/withdraw`),
      );
      expect(outcome(responses), trial).toEqual({
        statuses: [200, 409],
        codes: ['not_pending'],
      });
      expect((await requestFor(tabs[1], MUELLER.name)).status).toBe('withdrawn');
    });
  });

  test('eight searches across two tabs: exactly five succeed, three get search_limit_reached', async ({
    page,
    secondTab,
  }) => {
    const tabs = await twoTabs(page, secondTab);
    const queries = ['nord', 'süd', 'west', 'ost', 'alpen', 'rhein', 'main', 'elbe'];
    await inTrials(tabs, async (trial) => {
      const perTab = await both(tabs, (tab, index) =>
        Promise.all(
          queries
            .slice(index * 4, index * 4 + 4)
            .map((q) => callApi(tab, 'GET', `/api/customers/search?q=${encodeURIComponent(q)}`)),
        ),
      );
      const { statuses, codes } = outcome(perTab.flat());
      expect({ statuses, codes }, trial).toEqual({
        statuses: [200, 200, 200, 200, 200, 429, 429, 429],
        codes: ['search_limit_reached', 'search_limit_reached', 'search_limit_reached'],
      });
      expect((await demoState(tabs[1])).searchesRemaining).toBe(0);
    });
  });

  test('one captcha token sent by both tabs: exactly one request is accepted', async ({
    page,
    secondTab,
  }) => {
    const tabs = await twoTabs(page, secondTab);
    await inTrials(tabs, async (trial) => {
      const token = `shared-token-${trial}`;
      const responses = await both(tabs, (tab, index) =>
        callApi(tab, 'POST', '/api/connection-requests', {
          customerId: (index === 0 ? ANGSTROEM : DUBOIS).id,
          origin: 'search',
          contactEmail: 'buyer@example.com',
          captchaToken: token,
          confirmed: true,
        }),
      );
      expect(outcome(responses), trial).toEqual({
        statuses: [201, 422],
        codes: ['captcha_failed'],
      });
    });
  });
});

test('a tab shows what another tab changed within a second, without a reload', async ({
  page,
  secondTab,
}) => {
  const [first, second] = await twoTabs(page, secondTab);
  await expect(customerRow(connectionsTable(second), ANGSTROEM.name)).toContainText('Suggested');

  await connectionsTable(first)
    .getByRole('button', { name: `Connect with ${ANGSTROEM.name}` })
    .click();
  await expect(customerRow(connectionsTable(first), ANGSTROEM.name)).toContainText('Pending');
  // Counted from the moment the first tab shows the change.
  await expect(customerRow(connectionsTable(second), ANGSTROEM.name)).toContainText('Pending', {
    timeout: 1000,
  });
  await expect(customerRow(connectionsTable(second), ANGSTROEM.name)).not.toContainText(
    'Suggested',
  );

  // A demo control from the other tab too: the first tab's clock-dependent rows follow.
  await demo(second, 'clock', { advanceDays: 1 });
  await expect(customerRow(connectionsTable(first), NAMED.societeGenerale.name)).toContainText(
    'Expired',
    { timeout: 1000 },
  );
});
