import { callApi, expect, openSearchDialog, reloadApp } from '../fixtures';
import {
  MESSAGES,
  expectApiError,
  expectNoMatchShownAsText,
  expectQueryRefused,
  queryField,
  type BadInput,
} from './case-steps';

const LONG_NAME = 'x'.repeat(101);

/** Bad input to the customer search: the name typed, sent anyway, and a search too many. */
export const SEARCH_CASES: BadInput[] = [
  {
    name: 'empty customer name',
    run: (page) => expectQueryRefused(page, '', MESSAGES.queryTooShort),
  },
  {
    name: 'customer name of whitespace only',
    run: (page) => expectQueryRefused(page, '     ', MESSAGES.queryTooShort),
  },
  {
    name: 'customer name of 1 character (after trimming)',
    run: (page) => expectQueryRefused(page, '  ü ', MESSAGES.queryTooShort),
  },
  {
    name: 'customer name of 101 characters',
    run: (page) => expectQueryRefused(page, LONG_NAME, MESSAGES.queryTooLong),
  },
  {
    name: 'customer name of 101 characters sent to the server anyway',
    run: async (page) => {
      const response = await callApi(page, 'GET', `/api/customers/search?q=${LONG_NAME}`);
      expectApiError(response, 422, 'invalid_query', 'q');
    },
  },
  {
    name: 'customer name with a script tag',
    spendsSearch: true,
    run: (page) => expectNoMatchShownAsText(page, '<script>alert(1)</script>'),
  },
  {
    name: 'customer name of emoji only',
    run: (page) => expectQueryRefused(page, '🏭🚚', MESSAGES.queryNoLettersOrDigits),
  },
  {
    name: 'customer name of zero-width and control characters sent to the server anyway',
    run: async (page) => {
      const query = encodeURIComponent('\u200B\u200C\u0007\u0008');
      const response = await callApi(page, 'GET', `/api/customers/search?q=${query}`);
      expectApiError(response, 422, 'invalid_query', 'q');
    },
  },
  {
    name: 'customer name of emoji around two letters',
    spendsSearch: true,
    run: (page) => expectNoMatchShownAsText(page, '🏭zq🚚'),
  },
  {
    name: 'customer name in right-to-left script',
    spendsSearch: true,
    run: (page) => expectNoMatchShownAsText(page, 'شركة النور'),
  },
  {
    name: 'the 6th search',
    setup: async (page) => {
      for (const query of ['nord', 'süd', 'west', 'ost', 'alpen']) {
        expect((await callApi(page, 'GET', `/api/customers/search?q=${query}`)).status).toBe(200);
      }
      await reloadApp(page);
    },
    run: async (page) => {
      const dialog = await openSearchDialog(page);
      await expect(
        dialog.getByRole('alert').filter({ hasText: MESSAGES.noSearchesLeft }),
      ).toContainText('contact support');
      await expect(queryField(dialog)).toBeDisabled();
      await expect(dialog.getByRole('button', { name: /^search$/i })).toBeDisabled();
      const sixth = await callApi(page, 'GET', '/api/customers/search?q=rhein');
      expectApiError(sixth, 429, 'search_limit_reached');
    },
  },
];
