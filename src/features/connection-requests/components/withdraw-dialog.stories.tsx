import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { WithdrawDialog } from './withdraw-dialog';

const meta = {
  title: 'Connection requests/Withdraw dialog',
  component: WithdrawDialog,
  args: {
    customerName: 'Müller Logistik GmbH',
    busy: false,
    onConfirm: fn(),
    onCancel: fn(),
  },
} satisfies Meta<typeof WithdrawDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {
  play: async ({ canvasElement, args }) => {
    // The dialog is portalled to <body>, outside the story's canvas.
    const dialog = within(
      await within(canvasElement.ownerDocument.body).findByRole('dialog', {
        name: 'Withdraw the request to Müller Logistik GmbH?',
      }),
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Withdraw' }));
    await expect(args.onConfirm).toHaveBeenCalledOnce();
  },
};

/** Waiting for the server: both buttons are disabled. */
export const Withdrawing: Story = {
  args: { busy: true },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await expect(await body.findByRole('button', { name: 'Withdrawing…' })).toBeDisabled();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
};
