import type { Meta, StoryObj } from '@storybook/react-vite';
import Stack from '@mui/material/Stack';
import { expect, within } from 'storybook/test';
import { ROW_STATUSES } from '../../../contract';
import { iconLook } from './row-icons.story-helpers';
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
    const colors = new Set<string>();
    for (const label of ['Suggested', 'Pending', 'Approved', 'Expired', 'Rejected', 'Withdrawn']) {
      const chip = canvas.getByText(label);
      await expect(chip).toBeVisible();
      // The icon is drawn before the words, 18 px: a bitmap of MUI's drawing, in the status's
      // colour, which the chip's border has too (the words keep the text colour).
      const look = getComputedStyle(chip);
      await expect(look.backgroundSize).toBe('18px 18px');
      await expect(parseFloat(look.paddingLeft)).toBeGreaterThanOrEqual(18);
      const icon = await iconLook(chip);
      await expect([icon.format, icon.color]).toEqual(['png', look.borderColor]);
      await expect(icon.coverage).toBeGreaterThan(0.05);
      colors.add(icon.color);
    }
    // Six statuses, six colours.
    await expect(colors.size).toBe(6);
    const drawings = ['Suggested', 'Approved'].map(
      (label) => getComputedStyle(canvas.getByText(label)).backgroundImage,
    );
    await expect(drawings[0]).not.toBe(drawings[1]);
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
