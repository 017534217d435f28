import { beforeAll, describe, expect, it } from 'vitest';
import { waitFor, within } from '@testing-library/react';
import { server } from '../../../mocks/node';
import { latestRequestFor } from '../../../mocks/scenarios';
import { answerNextPostWith, recordRequests } from '../../../tests/utils/mock-http';
import {
  GROSSHANDEL,
  GROSSHANDEL_EMAIL,
  completeCheckByKeyboard,
  loadSendAgainDialog,
  openSendAgain,
  renderPage,
} from '../../../tests/utils/connections-page';

/** Sends again to Großhandel as filled in, by keyboard, the server answering it with an error. */
async function sendAgainAnswered(...error: Parameters<typeof answerNextPostWith>) {
  server.use(answerNextPostWith(...error));
  const view = await renderPage();
  const dialog = await openSendAgain(view, GROSSHANDEL);
  await completeCheckByKeyboard(view.user, dialog);
  await view.user.keyboard('{Enter}');
  return { ...view, dialog };
}

beforeAll(loadSendAgainDialog, 60_000);

// jsdom on a shared 2-core machine: a full render with MUI takes seconds.
describe('Send again', { timeout: 30_000 }, () => {
  it('checks the typed email before sending, and asks for the check and the confirmation', async () => {
    const posts = recordRequests('POST', '/api/connection-requests');
    const view = await renderPage();
    const dialog = await openSendAgain(view, GROSSHANDEL);
    const submit = within(dialog).getByRole('button', { name: 'Send again' });
    // With an email, the captcha and the confirmation are required.
    expect(submit).toBeDisabled();
    await view.user.keyboard('{Control>}a{/Control}{Backspace}anna@firma');
    await view.user.tab();
    const email = within(dialog).getByRole('textbox', { name: 'Customer contact' });
    expect(email).toBeInvalid();
    expect(email).toHaveAccessibleDescription(
      'Enter a valid email address, such as name@company.com.',
    );
    await view.user.keyboard(' ');
    await view.user.click(within(dialog).getByRole('checkbox', { name: /I confirm that/ }));
    expect(submit).toBeDisabled();
    expect(posts).toHaveLength(0);
  });

  it('puts the server’s invalid_email on the email field and keeps everything typed', async () => {
    const { dialog } = await sendAgainAnswered('invalid_email', 422, 'contactEmail');

    const email = within(dialog).getByRole('textbox', { name: 'Customer contact' });
    await waitFor(() => expect(email).toBeInvalid());
    expect(email).toHaveAccessibleDescription(
      'Customer contact: enter a valid email address (at most 254 characters).',
    );
    expect(email).toHaveValue(GROSSHANDEL_EMAIL);
    expect(within(dialog).getByRole('checkbox', { name: /I confirm that/ })).toBeChecked();
    expect(latestRequestFor(GROSSHANDEL)?.status).toBe('expired');
  });

  it('puts captcha_failed on the captcha and not_confirmed on the confirmation', async () => {
    const { dialog, user } = await sendAgainAnswered('captcha_failed', 422, 'captchaToken');

    expect(
      await within(dialog).findByText(
        'reCAPTCHA: the check failed or expired. Please complete it again.',
      ),
    ).toBeVisible();
    const robot = within(dialog).getByRole('checkbox', { name: "I'm not a robot" });
    expect(robot).not.toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: 'Customer contact' })).toHaveValue(
      GROSSHANDEL_EMAIL,
    );

    server.use(answerNextPostWith('not_confirmed', 422, 'confirmed'));
    await user.click(robot);
    await user.click(within(dialog).getByRole('button', { name: 'Send again' }));
    const confirm = within(dialog).getByRole('checkbox', { name: /I confirm that/ });
    await waitFor(() => expect(confirm).toBeInvalid());
    expect(confirm).toHaveAccessibleDescription(
      'Confirmation: tick the box to confirm the request.',
    );
  });

  it('shows a conflict on the form and keeps the inputs', async () => {
    const { dialog } = await sendAgainAnswered('request_limit_reached', 409);

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You have sent three requests to this customer, the maximum.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Customer contact' })).toHaveValue(
      GROSSHANDEL_EMAIL,
    );
  });
});
