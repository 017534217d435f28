import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { withSearchLimitReached, withSearchesUsed } from '../../../mocks/scenarios';
import { CustomerSearchButton } from '.';

/** The Search button and its dialog against the app's own mock backend. */
const meta = {
  title: 'Customer search/CustomerSearchButton',
  component: CustomerSearchButton,
} satisfies Meta<typeof CustomerSearchButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The dialog is portalled to <body>, outside the story's canvas. */
async function openDialog(canvasElement: HTMLElement, name = 'Search') {
  await userEvent.click(within(canvasElement).getByRole('button', { name }));
  return within(await within(canvasElement.ownerDocument.body).findByRole('dialog'));
}

export const Closed: Story = {};

export const Open: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(await dialog.findByText('5 of 5 searches left')).toBeVisible();
  },
};

/** Key flow: search, choose an available customer, fill the request step and send. */
export const SearchAndRequest: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await userEvent.type(dialog.getByRole('textbox', { name: 'Customer name' }), 'muller{Enter}');
    await userEvent.click(await dialog.findByRole('radio', { name: /Muller Foods Ltd/ }));
    await userEvent.type(
      dialog.getByRole('textbox', { name: /Customer contact/ }),
      'einkauf@mullerfoods.co.uk',
    );
    await userEvent.click(dialog.getByRole('checkbox', { name: "I'm not a robot" }));
    await userEvent.click(dialog.getByRole('checkbox', { name: /I confirm that/ }));
    await userEvent.click(dialog.getByRole('button', { name: 'Request' }));
    const body = within(canvasElement.ownerDocument.body);
    await waitFor(() =>
      expect(body.getByRole('alert')).toHaveTextContent('Request sent to Muller Foods Ltd'),
    );
  },
};

export const LastSearch: Story = {
  parameters: { scenario: { setup: () => withSearchesUsed(4) } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(await dialog.findByText('1 of 5 searches left')).toBeVisible();
  },
};

export const SearchLimitReached: Story = {
  parameters: { scenario: { setup: withSearchLimitReached } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(await dialog.findByText('No searches left')).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Customer name' })).toBeDisabled();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement, 'Suchen');
    await expect(dialog.getByRole('textbox', { name: 'Kundenname' })).toBeVisible();
  },
};
