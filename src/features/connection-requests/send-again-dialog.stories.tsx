import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { ConnectionRequest } from '../../contract';
import { REQUESTS } from '../../../.storybook/fixtures';
import { SendAgainDialog } from './send-again-dialog';

/** A withdrawn request that was sent from a suggestion: no contact to fill in. */
const SYSTEM_INITIATED: ConnectionRequest = {
  ...REQUESTS.pendingSystemInitiated,
  status: 'withdrawn',
};

/**
 * Send again (SPEC §1) on an expired or withdrawn row: the short form with the last contact
 * filled in. `send` answers at once here; the page stories send to the mock backend.
 */
const meta = {
  title: 'Connection requests/Send again form',
  component: SendAgainDialog,
  args: {
    request: REQUESTS.expiredAttemptsLeft,
    attemptsLeft: 2,
    send: fn((body) =>
      Promise.resolve({ ...REQUESTS.expiredAttemptsLeft, ...body, status: 'pending' as const }),
    ),
    sending: false,
    onSent: fn(),
    onClose: fn(),
  },
} satisfies Meta<typeof SendAgainDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The dialog is portalled to <body>, outside the story's canvas; waits for it to fade in. */
async function dialogOf(canvasElement: HTMLElement) {
  const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
  await waitFor(() => expect(dialog).toBeVisible());
  return within(dialog);
}

/** The last contact is filled in: the captcha and the confirmation are asked for. */
export const WithLastContact: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(dialog.getByRole('textbox', { name: 'Customer contact' })).toHaveValue(
      'einkauf@grosshandel-weiss.de',
    );
    await expect(dialog.getByRole('checkbox', { name: "I'm not a robot" })).toBeInTheDocument();
    await expect(dialog.getByRole('button', { name: 'Send again' })).toBeDisabled();
  },
};

/** Captcha and confirmation done: Send again sends origin "search" with the contact. */
export const ReadyWithContact: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await dialogOf(canvasElement);
    await userEvent.click(dialog.getByRole('checkbox', { name: "I'm not a robot" }));
    await userEvent.click(dialog.getByRole('checkbox', { name: /I confirm that/ }));
    await userEvent.click(dialog.getByRole('button', { name: 'Send again' }));
    await expect(args.send).toHaveBeenCalledWith(
      expect.objectContaining({ origin: 'search', contactEmail: 'einkauf@grosshandel-weiss.de' }),
    );
  },
};

/** The last request was system initiated: no contact, so none of the checks; sent as such. */
export const WithoutContact: Story = {
  args: { request: SYSTEM_INITIATED, attemptsLeft: 1 },
  play: async ({ canvasElement, args }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(dialog.getByRole('textbox', { name: 'Customer contact' })).toHaveValue('');
    await expect(dialog.queryByRole('checkbox')).not.toBeInTheDocument();
    await expect(dialog.getByText(/uses its last attempt/)).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: 'Send again' }));
    await expect(args.send).toHaveBeenCalledWith({
      customerId: SYSTEM_INITIATED.customerId,
      origin: 'suggestion',
    });
  },
};

/** A mistyped address is explained on the field when it loses focus. */
export const InvalidEmail: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    const email = dialog.getByRole('textbox', { name: 'Customer contact' });
    await userEvent.clear(email);
    await userEvent.type(email, 'einkauf@grosshandel');
    await userEvent.tab();
    await expect(email).toBeInvalid();
  },
};

/** A free-mail address is warned about, not refused. */
export const FreeMailWarning: Story = {
  args: {
    request: { ...REQUESTS.expiredAttemptsLeft, contactEmail: 'einkauf.weiss@gmail.com' },
  },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(dialog.getByText(/This is a free-mail address/)).toBeVisible();
  },
};

export const Sending: Story = { args: { sending: true } };

export const German: Story = { globals: { locale: 'de' } };
