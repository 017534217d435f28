import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { RequestsToolbar } from './RequestsToolbar';

const meta = {
  title: 'Connection requests/Toolbar',
  component: RequestsToolbar,
  args: {
    status: null,
    q: '',
    exporting: false,
    onStatusChange: fn(),
    onNameChange: fn(),
    onExport: fn(),
  },
} satisfies Meta<typeof RequestsToolbar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Filtered by status and name (as a shared link would open it). */
export const Filtered: Story = {
  args: { status: 'rejected', q: 'zür' },
};

export const FilterByStatus: Story = {
  play: async ({ canvasElement, args }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(
      within(canvasElement).getByRole('combobox', { name: 'Filter by status' }),
    );
    await userEvent.click(await body.findByRole('option', { name: 'Expired' }));
    await expect(args.onStatusChange).toHaveBeenCalledWith('expired');
  },
};

export const Exporting: Story = {
  args: { exporting: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Exporting…' })).toBeDisabled();
  },
};

export const German: Story = { globals: { locale: 'de' } };
