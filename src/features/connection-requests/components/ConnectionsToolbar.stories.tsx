import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ConnectionsToolbar } from './ConnectionsToolbar';

const meta = {
  title: 'Connection requests/Toolbar',
  component: ConnectionsToolbar,
  args: {
    status: null,
    q: '',
    exporting: false,
    selectedCount: 0,
    connectingSelected: false,
    onStatusChange: fn(),
    onNameChange: fn(),
    onConnectSelected: fn(),
    onExport: fn(),
  },
} satisfies Meta<typeof ConnectionsToolbar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing ticked: Connect selected waits for a suggestion to be selected. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('button', { name: 'Connect selected' }),
    ).toBeDisabled();
  },
};

/** Filtered by status and name (as a shared link would open it). */
export const Filtered: Story = {
  args: { status: 'rejected', q: 'zür' },
};

/** The status filter offers Suggested beside the five request statuses. */
export const FilterBySuggested: Story = {
  play: async ({ canvasElement, args }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(
      within(canvasElement).getByRole('combobox', { name: 'Filter by status' }),
    );
    const options = await body.findAllByRole('option');
    await expect(options.map((option) => option.textContent)).toEqual([
      'All',
      'Suggested',
      'Pending',
      'Approved',
      'Expired',
      'Rejected',
      'Withdrawn',
    ]);
    await userEvent.click(body.getByRole('option', { name: 'Suggested' }));
    await expect(args.onStatusChange).toHaveBeenCalledWith('suggested');
  },
};

/** Three suggestions ticked. */
export const SuggestionsSelected: Story = {
  args: { selectedCount: 3 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('3 selected')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Connect selected' }));
    await expect(args.onConnectSelected).toHaveBeenCalledOnce();
  },
};

export const ConnectingSelected: Story = {
  args: { selectedCount: 3, connectingSelected: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Connecting…' })).toBeDisabled();
  },
};

export const Exporting: Story = {
  args: { exporting: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Exporting…' })).toBeDisabled();
  },
};

export const German: Story = { globals: { locale: 'de' }, args: { selectedCount: 2 } };
