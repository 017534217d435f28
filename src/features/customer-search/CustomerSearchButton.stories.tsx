import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CustomerSearchButton } from '.';

/**
 * The Search button, its dialog and the snackbar against the app's own mock backend. Each step of
 * the dialog has its own story in CustomerSearchDialog.stories.tsx.
 */
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

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement, 'Suchen');
    const field = dialog.getByRole('textbox', { name: 'Kundenname' });
    // The dialog fades in: wait for the transition rather than racing it.
    await waitFor(() => expect(field).toBeVisible());
  },
};
