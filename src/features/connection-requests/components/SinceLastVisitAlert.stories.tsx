import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { ALL_REQUESTS, REQUESTS } from '../../../../.storybook/fixtures';
import { SinceLastVisitAlert } from './SinceLastVisitAlert';

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

export const ThreeAnswers: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText(/3 customers answered since your last visit/),
    ).toHaveTextContent('1 approved, 2 rejected');
  },
};

export const OneAnswer: Story = {
  args: { answered: { items: [REQUESTS.approved], total: 1, approved: 1 } },
};

/** A long absence on a large account: ten names, then how many more (the table badges them). */
export const ManyAnswers: Story = {
  args: { answered: { items: ALL_REQUESTS, total: 1240, approved: 700 } },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent(
      '1240 customers answered since your last visit: 700 approved, 540 rejected.',
    );
    await expect(alert).toHaveTextContent('and 1230 more');
  },
};

export const German: Story = { globals: { locale: 'de' } };
