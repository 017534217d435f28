import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { ConnectionRequest } from '../../../contract';
import { CustomerSection } from './customer-section';
import { sectionStoryMeta } from './section-story';

const pending = (
  id: string,
  customerName: string,
  contactEmail: string | null,
): ConnectionRequest => ({
  id,
  customerId: `cust-${id}`,
  customerName,
  status: 'pending',
  origin: contactEmail === null ? 'suggestion' : 'search',
  contactEmail,
  sentAt: '2026-11-01T09:00:00.000Z',
  expiresAt: '2026-12-01T09:00:00.000Z',
  respondedAt: null,
  comment: null,
  attempt: 1,
  attemptsLeft: 2,
});

const REQUESTS = [
  pending('r1', "Société Générale d'Équipement S.A.", 'achats@sge.fr'),
  pending('r2', 'Nordwind Energie AG', null),
];

/** "Act as the customer" in each state, with plain data. */
const meta = {
  title: 'Demo panel/CustomerSection',
  component: CustomerSection,
  args: {
    requests: REQUESTS,
    total: REQUESTS.length,
    onApprove: fn(),
    onReject: fn(() => Promise.resolve(true)),
  },
  ...sectionStoryMeta('Act as the customer'),
} satisfies Meta<typeof CustomerSection>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Answering: Story = { args: { respondingId: 'r1' } };

/** More than 100 pending (a large account): the newest are listed, with the total. */
export const Truncated: Story = {
  args: { total: 240 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Showing the newest 2 of 240/)).toBeVisible();
  },
};

export const Empty: Story = { args: { requests: [], total: 0 } };

export const CommentTooLong: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Reject Nordwind Energie AG' }),
    );
    const comment = canvas.getByRole('textbox', { name: 'Comment (optional)' });
    await userEvent.click(comment);
    await userEvent.paste('x'.repeat(501));
    await expect(canvas.getByText('At most 500 characters (501/500).')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send rejection' })).toBeDisabled();
    await expect(args.onReject).not.toHaveBeenCalled();
  },
};
