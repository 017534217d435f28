import {
  callApi,
  connectionsTable,
  customerRow,
  demo,
  expect,
  openDemoPanel,
  requestFor,
} from '../fixtures';
import { NAMED } from '../../../mocks/data/catalogue';
import {
  MESSAGES,
  expectApiError,
  expectHitRefused,
  postRequest,
  type BadInput,
} from './case-steps';

/** Requests the server's rules refuse (R1, R3, R6, R11, R12); a comment too long (R9). */
export const RULE_CASES: BadInput[] = [
  {
    name: 'unknown customer',
    run: async (page) => {
      const response = await postRequest(page, {
        customerId: 'cust-does-not-exist',
        origin: 'suggestion',
      });
      expectApiError(response, 404, 'customer_not_found');
    },
  },
  {
    name: 'a member (no Administrator role) sends a request',
    run: async (page) => {
      await demo(page, 'role', { role: 'member' });
      await page.reload();
      await expect(page.getByRole('alert').filter({ hasText: MESSAGES.memberTitle })).toBeVisible();
      await expect(page.getByRole('button', { name: /^search$/i })).toHaveCount(0);
      const response = await postRequest(page, {
        customerId: NAMED.angstroem.id,
        origin: 'suggestion',
      });
      expectApiError(response, 403, 'forbidden');
      // Back to the administrator, to read what is stored.
      await demo(page, 'role', { role: 'admin' });
    },
  },
  {
    name: 'the 4th request to a customer',
    run: async (page) => {
      const row = customerRow(connectionsTable(page), NAMED.celik.name);
      await expect(row).toContainText('No attempts left: ask the customer for an invitation.');
      await expect(row.getByRole('button', { name: /^send again/i })).toHaveCount(0);
      const response = await postRequest(page, {
        customerId: NAMED.celik.id,
        origin: 'suggestion',
      });
      expectApiError(response, 409, 'request_limit_reached');
    },
  },
  {
    name: 'a request while one is pending',
    spendsSearch: true,
    run: (page) =>
      expectHitRefused(page, NAMED.muellerLogistik, 'Request pending', 'request_pending'),
  },
  {
    name: 'a request after approval',
    spendsSearch: true,
    run: (page) =>
      expectHitRefused(page, NAMED.oestergaard, 'Already connected', 'already_connected'),
  },
  {
    name: 'a request after rejection',
    spendsSearch: true,
    run: (page) =>
      expectHitRefused(page, NAMED.zuercher, 'Rejected your request', 'request_rejected'),
  },
  {
    name: 'a request to a customer that does not accept requests',
    spendsSearch: true,
    run: (page) =>
      expectHitRefused(page, NAMED.bundesamt, 'Does not accept requests', 'requests_disabled'),
  },
  {
    name: 'withdrawing a request that is not pending',
    run: async (page) => {
      const rejected = await requestFor(page, NAMED.zuercher.name);
      const response = await callApi(
        page,
        'POST',
        `/api/connection-requests/${rejected.id}/withdraw`,
      );
      expectApiError(response, 409, 'not_pending');
    },
  },
  {
    name: 'a rejection comment of 501 characters',
    run: async (page) => {
      const panel = await openDemoPanel(page);
      const customer = NAMED.muellerLogistik.name;
      await panel.getByRole('button', { name: `Reject ${customer}` }).click();
      const comment = panel.getByRole('textbox', { name: /comment/i });
      await comment.fill('n'.repeat(501));
      await expect(panel.getByText('At most 500 characters (501/500).')).toBeVisible();
      await expect(comment).toHaveAttribute('aria-invalid', 'true');
      await expect(panel.getByRole('button', { name: 'Send rejection' })).toBeDisabled();
      const pending = await requestFor(page, customer);
      const response = await callApi(page, 'POST', '/api/demo/respond', {
        requestId: pending.id,
        decision: 'reject',
        comment: 'n'.repeat(501),
      });
      expectApiError(response, 422, 'invalid_input', 'comment');
    },
  },
];
