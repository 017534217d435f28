import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { DismissSuggestionDialog } from './DismissSuggestionDialog';

const meta = {
  title: 'Connection requests/Dismiss suggestion dialog',
  component: DismissSuggestionDialog,
  args: {
    open: true,
    customerName: 'Dubois & Fils SARL',
    dismissing: false,
    onConfirm: fn(),
    onCancel: fn(),
  },
} satisfies Meta<typeof DismissSuggestionDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {
  play: async ({ canvasElement, args }) => {
    // The dialog is portalled to <body>, outside the story's canvas.
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(await body.findByRole('button', { name: 'Dismiss suggestion' }));
    await expect(args.onConfirm).toHaveBeenCalledTimes(1);
  },
};

export const Dismissing: Story = {
  args: { dismissing: true },
};

export const German: Story = {
  globals: { locale: 'de' },
};
