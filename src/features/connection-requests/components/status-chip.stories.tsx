import type { Meta, StoryObj } from '@storybook/react-vite';
import Stack from '@mui/material/Stack';
import { expect, within } from 'storybook/test';
import { ROW_STATUSES } from '../../../contract';
import { StatusChip } from './status-chip';

const meta = {
  title: 'Connection requests/Status chip',
  component: StatusChip,
  args: { status: 'pending' },
} satisfies Meta<typeof StatusChip>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Pending: Story = {};

/** Every status a row can have side by side: words and icon, never colour alone. */
export const AllStatuses: Story = {
  render: () => (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {ROW_STATUSES.map((status) => (
        <StatusChip key={status} status={status} />
      ))}
    </Stack>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const label of ['Suggested', 'Pending', 'Approved', 'Expired', 'Rejected', 'Withdrawn']) {
      await expect(canvas.getByText(label)).toBeVisible();
    }
  },
};

/** SPEC §6: Ausstehend, Genehmigt, Abgelaufen, Abgelehnt, Zurückgezogen. */
export const AllStatusesGerman: Story = {
  ...AllStatuses,
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const label of [
      'Vorgeschlagen',
      'Ausstehend',
      'Genehmigt',
      'Abgelaufen',
      'Abgelehnt',
      'Zurückgezogen',
    ]) {
      await expect(await canvas.findByText(label)).toBeVisible();
    }
  },
};
