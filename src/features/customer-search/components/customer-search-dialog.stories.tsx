import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  failing,
  neverResponding,
  withSearchLimitReached,
  withSearchesUsed,
} from '../../../../mocks/scenarios';
import { CustomerSearchDialog } from './customer-search-dialog';

const AVAILABLE = 'Muller Foods Ltd';

/**
 * The search dialog at every step (SPEC §3), open, against the app's own mock backend: each
 * story walks the real dialog to its step, so what a reviewer sees is what a user meets.
 */
const meta = {
  title: 'Customer search/Dialog steps',
  component: CustomerSearchDialog,
  args: { open: true, onClose: fn(), onSent: fn() },
} satisfies Meta<typeof CustomerSearchDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The dialog is portalled to <body>, outside the story's canvas. */
async function dialogOf(canvasElement: HTMLElement) {
  return within(await within(canvasElement.ownerDocument.body).findByRole('dialog'));
}

async function search(canvasElement: HTMLElement, query: string) {
  const dialog = await dialogOf(canvasElement);
  const field = dialog.getByRole('textbox', { name: 'Customer name' });
  await userEvent.clear(field);
  await userEvent.type(field, query);
  await userEvent.click(dialog.getByRole('button', { name: 'Search' }));
  return dialog;
}

async function selectAvailable(canvasElement: HTMLElement) {
  const dialog = await search(canvasElement, 'muller');
  await userEvent.click(await dialog.findByRole('radio', { name: new RegExp(AVAILABLE) }));
  return dialog;
}

/** Everything a request needs, short of clicking Request. */
async function fillRequest(
  canvasElement: HTMLElement,
  { email = 'purchasing@mullerfoods.co.uk', failCaptcha = false } = {},
) {
  const dialog = await selectAvailable(canvasElement);
  await userEvent.type(dialog.getByRole('textbox', { name: /Customer contact/ }), email);
  if (failCaptcha) {
    await userEvent.click(dialog.getByRole('switch', { name: 'Simulate a failed check' }));
  }
  await userEvent.click(dialog.getByRole('checkbox', { name: "I'm not a robot" }));
  await userEvent.click(dialog.getByRole('checkbox', { name: /I confirm that/ }));
  return dialog;
}

/** Before the first search: the searches left, and that every valid search counts. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(await dialog.findByText('5 of 5 searches left')).toBeVisible();
    await expect(
      dialog.getByText(
        'Every valid search counts as one of your 5 searches, even one that finds no customer.',
      ),
    ).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Customer name' })).toHaveFocus();
  },
};

/** R5: one character is explained on the spot and costs no search. */
export const InvalidQuery: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await search(canvasElement, 'm');
    await expect(await dialog.findByText('Enter at least 2 characters.')).toBeVisible();
    await expect(dialog.getByText('5 of 5 searches left')).toBeVisible();
  },
};

/** R5: emoji or punctuation alone are not a name: explained on the spot, no search spent. */
export const NoLettersOrDigits: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await search(canvasElement, '😀😀');
    await expect(
      await dialog.findByText('Enter a name with at least 2 letters or digits.'),
    ).toBeVisible();
    await expect(dialog.getByText('5 of 5 searches left')).toBeVisible();
  },
};

/** R5: more customers match than the 20 shown: the dialog says how many, and to refine. */
export const MoreThanShown: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await search(canvasElement, 'gmbh');
    await expect(
      await dialog.findByRole('radiogroup', { name: /customers found, the first 20 are shown$/ }),
    ).toBeVisible();
    await expect(dialog.getByText(/Type more of the name to narrow the search/)).toBeVisible();
  },
};

/** Hits in every state; only available customers can be chosen; one search is used. */
export const Results: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await search(canvasElement, 'muller');
    await expect(await dialog.findByRole('radio', { name: new RegExp(AVAILABLE) })).toBeEnabled();
    await expect(dialog.getByRole('radio', { name: /Müller Logistik GmbH/ })).toBeDisabled();
    await expect(dialog.getByText('4 of 5 searches left')).toBeVisible();
  },
};

export const NoResults: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await search(canvasElement, 'zzqx');
    await expect(await dialog.findByText(/No customer matches “zzqx”/)).toBeVisible();
  },
};

/** R4: all five searches used; the dialog advises an invitation or support. */
export const LimitReached: Story = {
  parameters: { scenario: { setup: withSearchLimitReached } },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(await dialog.findByText('No searches left')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Search' })).toBeDisabled();
  },
};

/** The fifth search uses the last attempt: the dialog says so at once. */
export const LastSearchUsed: Story = {
  parameters: { scenario: { setup: () => withSearchesUsed(4) } },
  play: async ({ canvasElement }) => {
    const dialog = await search(canvasElement, 'muller');
    await expect(await dialog.findByText('No searches left')).toBeVisible();
    // The results of that last search stay usable.
    await expect(dialog.getByRole('radio', { name: new RegExp(AVAILABLE) })).toBeEnabled();
  },
};

/** Choosing a customer opens the request step: contact, reCAPTCHA, confirmation. */
export const CustomerSelected: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await selectAvailable(canvasElement);
    await expect(
      await dialog.findByRole('heading', { name: `Request a connection with ${AVAILABLE}` }),
    ).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Request' })).toBeDisabled();
  },
};

/** A free-mail contact gets a warning, not a refusal. */
export const FreeMailWarning: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await fillRequest(canvasElement, { email: 'jane.doe@gmail.com' });
    await expect(dialog.getByText(/This is a free-mail address/)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Request' })).toBeEnabled();
  },
};

/** R6: the server rejects the reCAPTCHA token; the check must be done again. */
export const CaptchaFailed: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await fillRequest(canvasElement, { failCaptcha: true });
    await userEvent.click(dialog.getByRole('button', { name: 'Request' }));
    await expect(await dialog.findByText(/reCAPTCHA: the check failed/)).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: "I'm not a robot" })).not.toBeChecked();
    await expect(args.onSent).not.toHaveBeenCalled();
  },
};

/** Waiting for the server: Request is busy and cannot be clicked twice. */
export const Submitting: Story = {
  parameters: { msw: [neverResponding('post', '/api/connection-requests')] },
  play: async ({ canvasElement }) => {
    const dialog = await fillRequest(canvasElement);
    const request = dialog.getByRole('button', { name: 'Request' });
    await userEvent.click(request);
    await waitFor(() => expect(request).toBeDisabled());
  },
};

/** The server is unavailable: the dialog offers Retry (same Idempotency-Key, R8). */
export const ServerError: Story = {
  parameters: { msw: [failing('post', '/api/connection-requests')] },
  play: async ({ canvasElement, args }) => {
    const dialog = await fillRequest(canvasElement);
    await userEvent.click(dialog.getByRole('button', { name: 'Request' }));
    await expect(
      await dialog.findByText('The service is unavailable right now. Please try again.'),
    ).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(args.onSent).not.toHaveBeenCalled();
  },
};

export const SearchServerError: Story = {
  parameters: { msw: [failing('get', '/api/customers/search')] },
  play: async ({ canvasElement }) => {
    const dialog = await search(canvasElement, 'muller');
    await expect(await dialog.findByText(/The search failed/)).toBeVisible();
  },
};

/** Key flow: the request is sent and handed to the page (which closes the dialog). */
export const Success: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await fillRequest(canvasElement);
    await userEvent.click(dialog.getByRole('button', { name: 'Request' }));
    await waitFor(() =>
      expect(args.onSent).toHaveBeenCalledWith(
        expect.objectContaining({
          customerName: AVAILABLE,
          status: 'pending',
          origin: 'search',
          contactEmail: 'purchasing@mullerfoods.co.uk',
        }),
      ),
    );
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    const field = await dialog.findByRole('textbox', { name: 'Kundenname' });
    // The dialog fades in: wait for the transition rather than racing it.
    await waitFor(() => expect(field).toBeVisible());
  },
};
