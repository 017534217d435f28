import type { Meta, StoryObj } from '@storybook/react-vite';
import Button from '@mui/material/Button';
import SearchIcon from '@mui/icons-material/Search';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ConnectionsToolbar } from './connections-toolbar';

const meta = {
  title: 'Connection requests/Toolbar',
  component: ConnectionsToolbar,
  args: {
    status: null,
    q: '',
    exporting: false,
    canExport: true,
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

/** Nothing to export: the button is disabled and says why to screen readers. */
export const NothingToExport: Story = {
  args: { canExport: false },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Export CSV' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(
      'There is nothing to export: the list is empty.',
    );
  },
};

/** With the search feature's button, as the page composes it: Search early in the page. */
export const WithSearch: Story = {
  args: {
    searchButton: (
      <Button variant="outlined" startIcon={<SearchIcon />}>
        Search for a customer
      </Button>
    ),
  },
};

/** A phone: each control on a line of its own. */
export const Phone: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  args: { ...WithSearch.args, selectedCount: 2 },
  play: async ({ canvasElement }) => {
    const doc = canvasElement.ownerDocument.documentElement;
    await expect(doc.scrollWidth).toBeLessThanOrEqual(doc.clientWidth);
  },
};

export const German: Story = { globals: { locale: 'de' }, args: { selectedCount: 2 } };
