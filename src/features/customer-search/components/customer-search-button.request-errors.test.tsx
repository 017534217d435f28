import { expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { handlers } from '../../../../mocks/handlers';
import { server } from '../../../../mocks/node';
import { answerNextPostWith, recordRequests } from '../../../../tests/utils/mock-http';
import { ANGSTROEM } from '../../../../tests/utils/connections-page';
import {
  describeCustomerSearch,
  expectSentTo,
  fillRequest,
  openDialog,
  openFilledRequest,
  requestButton,
  requestsStoredFor,
  selectCustomer,
} from '../../../../tests/utils/customer-search';

describeCustomerSearch(() => {
  it('on captcha_failed resets the widget, says why, keeps the other inputs and succeeds after a new check', async () => {
    const opened = await openDialog();
    const { user } = opened;
    await selectCustomer(opened, 'angstrom', ANGSTROEM);
    await user.click(screen.getByRole('switch', { name: 'Simulate a failed check' }));
    await fillRequest(opened);
    await user.click(requestButton());

    expect(
      await screen.findByText('reCAPTCHA: the check failed or expired. Please complete it again.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: "I'm not a robot" })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: /Customer contact/ })).toHaveValue(
      'anna.berg@angstrom-labs.se',
    );
    expect(screen.getByRole('checkbox', { name: /I confirm that/ })).toBeChecked();
    expect(requestButton()).toBeDisabled();

    await user.click(screen.getByRole('switch', { name: 'Simulate a failed check' }));
    await user.click(screen.getByRole('checkbox', { name: "I'm not a robot" }));
    await user.click(requestButton());
    await expectSentTo(opened.onSent, ANGSTROEM);
    expect(requestsStoredFor(ANGSTROEM)).toBe(1);
  });

  it('puts invalid_email on the email field and keeps every input', async () => {
    server.use(answerNextPostWith('invalid_email', 422, 'contactEmail'));
    const opened = await openFilledRequest();
    await opened.user.click(requestButton());

    const email = screen.getByRole('textbox', { name: /Customer contact/ });
    await waitFor(() => expect(email).toBeInvalid());
    expect(email).toHaveAccessibleDescription(
      'Customer contact: enter a valid email address (at most 254 characters).',
    );
    expect(email).toHaveValue('anna.berg@angstrom-labs.se');
    expect(screen.getByRole('checkbox', { name: /I confirm that/ })).toBeChecked();
    // The server refused before checking the token, so it is still good.
    expect(screen.getByRole('checkbox', { name: "I'm not a robot" })).toBeChecked();

    await opened.user.type(email, 'x');
    expect(email).toBeValid();
  });

  it('puts not_confirmed on the confirmation checkbox', async () => {
    server.use(answerNextPostWith('not_confirmed', 422, 'confirmed'));
    const opened = await openFilledRequest();
    await opened.user.click(requestButton());

    const confirm = screen.getByRole('checkbox', { name: /I confirm that/ });
    await waitFor(() => expect(confirm).toBeInvalid());
    expect(confirm).toHaveAccessibleDescription(
      'Confirmation: tick the box to confirm the request.',
    );
  });

  it.each([
    ['request_pending', 'A request to this customer is already pending.'],
    ['already_connected', 'You are already connected with this customer.'],
    ['request_rejected', /rejected your request/],
    ['request_limit_reached', /three requests to this customer/],
    ['requests_disabled', /does not accept requests from suppliers/],
  ] as const)(
    'shows the 409 %s as an alert in the dialog and keeps the inputs',
    async (code, text) => {
      server.use(answerNextPostWith(code, 409));
      const opened = await openFilledRequest();
      await opened.user.click(requestButton());

      expect(await screen.findByRole('alert')).toHaveTextContent(text);
      expect(screen.getByRole('textbox', { name: /Customer contact/ })).toHaveValue(
        'anna.berg@angstrom-labs.se',
      );
      expect(opened.dialog).toBeInTheDocument();
    },
  );

  it('after a 503 keeps the inputs and retries with the same key, creating exactly one request', async () => {
    const posts = recordRequests('POST', '/connection-requests');
    server.use(answerNextPostWith('service_unavailable', 503));
    const opened = await openFilledRequest();
    await opened.user.click(requestButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The service is unavailable right now.');
    expect(screen.getByRole('checkbox', { name: "I'm not a robot" })).toBeChecked();
    expect(requestsStoredFor(ANGSTROEM)).toBe(0);

    await opened.user.click(within(alert).getByRole('button', { name: 'Retry' }));

    await expectSentTo(opened.onSent, ANGSTROEM);
    expect(requestsStoredFor(ANGSTROEM)).toBe(1);
    expect(posts).toHaveLength(2);
    const [first, second] = posts.map((post) => post.headers.get('Idempotency-Key'));
    expect(first).toBeTruthy();
    expect(second).toBe(first);
  });

  it('when the server created the request but the answer was lost, the retry still leaves exactly one', async () => {
    server.use(
      http.post(
        '*/api/connection-requests',
        async ({ request }) => {
          await getResponse(handlers, request); // the real handler creates it…
          // …and the answer never arrives.
          return HttpResponse.json(
            { error: { code: 'service_unavailable', message: 'Lost' } },
            { status: 503 },
          );
        },
        { once: true },
      ),
    );
    const opened = await openFilledRequest();
    await opened.user.click(requestButton());
    const alert = await screen.findByRole('alert');
    expect(requestsStoredFor(ANGSTROEM)).toBe(1);

    await opened.user.click(within(alert).getByRole('button', { name: 'Retry' }));

    await expectSentTo(opened.onSent, ANGSTROEM);
    expect(requestsStoredFor(ANGSTROEM)).toBe(1);
  });
});
