import { callApi, demoState, expect, listRequests, openApp, test, type Page } from './fixtures';
import type { SuggestionPage } from '../../src/contract';
import { API_CASES } from './bad-input/api-cases';
import type { BadInput } from './bad-input/case-steps';
import { REQUEST_CASES } from './bad-input/request-cases';
import { RULE_CASES } from './bad-input/rule-cases';
import { SEARCH_CASES } from './bad-input/search-cases';

/**
 * Bad input, one row each: every case gets its own named, user-readable error, and nothing
 * the server stores changes (requests, suggestions, and — unless the case runs a valid search —
 * the searches left).
 */

async function snapshot(page: Page, withSearches: boolean) {
  const requests = (await listRequests(page))
    .map(({ id, status, attempt, contactEmail, comment }) => ({
      id,
      status,
      attempt,
      contactEmail,
      comment,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const suggestions = await callApi<SuggestionPage>(page, 'GET', '/api/suggestions?pageSize=100');
  const { searchesRemaining, role } = await demoState(page);
  return {
    requests,
    suggestions: suggestions.body.items.map(({ customerId }) => customerId).sort(),
    role,
    ...(withSearches ? { searchesRemaining } : {}),
  };
}

/** Every case, by what it gives the bad input to. */
const CASES: BadInput[] = [...SEARCH_CASES, ...REQUEST_CASES, ...RULE_CASES, ...API_CASES];

test.describe('bad input gets a named error and changes nothing', () => {
  test('the table has at least 20 bad inputs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CASES.map(({ name }) => name)).size).toBe(CASES.length);
  });

  for (const { name, setup, run, spendsSearch = false } of CASES) {
    test(name, async ({ page }) => {
      // No input may ever turn into markup or script: an alert() would open a dialog.
      const browserDialogs: string[] = [];
      page.on('dialog', (dialog) => {
        browserDialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await openApp(page);
      if (setup) await setup(page);
      const before = await snapshot(page, !spendsSearch);
      await run(page);
      expect(await snapshot(page, !spendsSearch)).toEqual(before);
      expect(browserDialogs).toEqual([]);
    });
  }
});
