import type { Meta, StoryObj } from '@storybook/react-vite';
import Box from '@mui/material/Box';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CustomerSearchButton, CustomerSearchProvider } from '..';

/**
 * The Search buttons and their one dialog against the app's own mock backend: the toolbar's and
 * the page's. Each step of the dialog has its own story in CustomerSearchDialog.stories.tsx.
 */
const meta = {
  title: 'Customer search/CustomerSearchButton',
  component: CustomerSearchProvider,
  args: { onSent: fn(), children: null },
  render: (args) => (
    <CustomerSearchProvider {...args}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <CustomerSearchButton toolbar />
        <CustomerSearchButton />
      </Box>
    </CustomerSearchProvider>
  ),
} satisfies Meta<typeof CustomerSearchProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The dialog is portalled to <body>, outside the story's canvas; its chunk is fetched on the
 * first click (a cold dev server compiles it then).
 */
async function openDialog(canvasElement: HTMLElement, name = 'Search') {
  await userEvent.click(within(canvasElement).getByRole('button', { name }));
  const body = within(canvasElement.ownerDocument.body);
  return within(await body.findByRole('dialog', {}, { timeout: 10_000 }));
}

export const Closed: Story = {};

/** A click while the dialog's chunk is still on its way (slow network): the button is busy. */
export const DialogLoading: Story = {
  args: { loadDialog: () => new Promise(() => undefined) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Search' });
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the search…');
  },
};

/** The dialog's chunk cannot be fetched (offline, or a new deploy removed it): Retry. */
export const DialogLoadFailed: Story = {
  args: {
    loadDialog: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Search' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The search could not be loaded.');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** Key flow: search, choose an available customer, fill the request step and send. */
export const SearchAndRequest: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await openDialog(canvasElement);
    await userEvent.type(dialog.getByRole('textbox', { name: 'Customer name' }), 'muller{Enter}');
    await userEvent.click(await dialog.findByRole('radio', { name: /Muller Foods Ltd/ }));
    await userEvent.type(
      dialog.getByRole('textbox', { name: /Customer contact/ }),
      'einkauf@mullerfoods.co.uk',
    );
    await userEvent.click(dialog.getByRole('checkbox', { name: "I'm not a robot" }));
    await userEvent.click(dialog.getByRole('checkbox', { name: /I confirm that/ }));
    // Chosen: the results fold into one line with Change; Request waits in the footer.
    await expect(dialog.getByText('Chosen customer: Muller Foods Ltd')).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: 'Request' }));
    await waitFor(() =>
      expect(args.onSent).toHaveBeenCalledWith(
        expect.objectContaining({ customerName: 'Muller Foods Ltd' }),
      ),
    );
  },
};

/** The toolbar's button opens the same dialog, and focus goes back to it on closing. */
export const FromTheToolbar: Story = {
  play: async ({ canvasElement }) => {
    const toolbarButton = within(canvasElement).getByRole('button', {
      name: 'Search for a customer',
    });
    const dialog = await openDialog(canvasElement, 'Search for a customer');
    await waitFor(() =>
      expect(dialog.getByRole('textbox', { name: 'Customer name' })).toHaveFocus(),
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(toolbarButton).toHaveFocus());
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
