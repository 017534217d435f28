import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ActionFeedback } from './action-feedback';

/** The page's one message for the outcome of an action, in each form it takes. */
const meta = {
  title: 'Components/ActionFeedback',
  component: ActionFeedback,
  parameters: { layout: 'fullscreen' },
  args: { onClose: fn(), message: null },
} satisfies Meta<typeof ActionFeedback>;

export default meta;
type Story = StoryObj<typeof meta>;

const bodyOf = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** The message once it has grown in. */
async function shownMessage(canvasElement: HTMLElement, name = 'Message') {
  const message = await bodyOf(canvasElement).findByRole('region', { name });
  await waitFor(() => expect(message).toBeVisible());
  return within(message);
}

/** A success names the customer and offers Show; it may hide after a while. */
export const SuccessWithShow: Story = {
  args: {
    message: {
      id: 1,
      severity: 'success',
      text: 'Request sent to Ångström Laboratories AB.',
      action: {
        label: 'Show',
        accessibleName: 'Show Ångström Laboratories AB in the list',
        onClick: fn(),
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const message = await shownMessage(canvasElement);
    await userEvent.click(
      message.getByRole('button', { name: 'Show Ångström Laboratories AB in the list' }),
    );
    await expect(args.message?.action?.onClick).toHaveBeenCalledOnce();
    await expect(args.onClose).toHaveBeenCalledWith(1);
  },
};

/** An error says why, by name, and stays until it is closed; each failure on a line. */
export const ErrorWithDetails: Story = {
  args: {
    message: {
      id: 2,
      severity: 'error',
      text: '3 requests sent. 1 request could not be sent:',
      details: [
        'Dubois & Fils SARL: This customer does not accept requests from suppliers. Ask the customer to send you an invitation.',
      ],
    },
  },
  play: async ({ canvasElement, args }) => {
    const message = await shownMessage(canvasElement);
    await expect(message.getByRole('listitem')).toHaveTextContent(/^Dubois & Fils SARL:/);
    await userEvent.click(message.getByRole('button', { name: 'Close' }));
    await expect(args.onClose).toHaveBeenCalledWith(2);
  },
};

/** Not my customer: the message offers Undo while it is on screen. */
export const Undo: Story = {
  args: {
    message: {
      id: 3,
      severity: 'success',
      text: 'Dubois & Fils SARL is no longer suggested.',
      action: {
        label: 'Undo',
        accessibleName: 'Undo: suggest Dubois & Fils SARL again',
        onClick: fn(),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const message = await shownMessage(canvasElement);
    await expect(
      message.getByRole('button', { name: 'Undo: suggest Dubois & Fils SARL again' }),
    ).toBeVisible();
  },
};

/** On a phone the message spans the width at the bottom. */
export const Phone: Story = {
  ...SuccessWithShow,
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const doc = canvasElement.ownerDocument.documentElement;
    await shownMessage(canvasElement);
    await expect(doc.scrollWidth).toBeLessThanOrEqual(doc.clientWidth);
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  args: {
    message: {
      id: 4,
      severity: 'success',
      text: 'Anfrage an Ångström Laboratories AB gesendet.',
      action: {
        label: 'Anzeigen',
        accessibleName: 'Ångström Laboratories AB in der Liste anzeigen',
        onClick: fn(),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const message = await shownMessage(canvasElement, 'Meldung');
    await expect(message.getByRole('button', { name: 'Schließen' })).toBeVisible();
  },
};
