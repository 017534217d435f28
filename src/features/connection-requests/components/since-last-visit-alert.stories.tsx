import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { ALL_REQUESTS, REQUESTS } from '../../../../.storybook/fixtures';
import { SinceLastVisitAlert } from './since-last-visit-alert';

const meta = {
  title: 'Connection requests/Since your last visit',
  component: SinceLastVisitAlert,
  args: {
    answered: {
      items: [REQUESTS.approved, REQUESTS.rejectedHtmlComment, REQUESTS.rejectedNoComment],
      total: 3,
      approved: 1,
    },
    onClose: fn(),
  },
} satisfies Meta<typeof SinceLastVisitAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Each outcome with the names it applies to; one full stop after "S.p.A.". */
export const ThreeAnswers: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      `Since your last visit, 3 customers answered. Approved: ${REQUESTS.approved.customerName} Rejected: ${REQUESTS.rejectedHtmlComment.customerName} and ${REQUESTS.rejectedNoComment.customerName}.`,
    );
  },
};

/** No zero counts: only what happened is said. */
export const OneAnswer: Story = {
  args: { answered: { items: [REQUESTS.rejectedNoComment], total: 1, approved: 0 } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      `Since your last visit, 1 customer answered. Rejected: ${REQUESTS.rejectedNoComment.customerName}.`,
    );
  },
};

/**
 * A long absence on a large account: up to ten names per outcome, then how many more (the table
 * badges them all).
 */
export const ManyAnswers: Story = {
  args: {
    answered: {
      items: ALL_REQUESTS.filter(({ status }) => status === 'approved' || status === 'rejected'),
      total: 1240,
      approved: 700,
    },
  },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent(/^Since your last visit, 1240 customers answered\./);
    await expect(alert).toHaveTextContent(/Approved: .+, and 698 more\./);
    await expect(alert).toHaveTextContent(/Rejected: .+, and 537 more\.$/);
  },
};

export const German: Story = { globals: { locale: 'de' } };
