import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { REQUESTS } from '../../../../.storybook/fixtures';
import { SinceLastVisitAlert } from './SinceLastVisitAlert';

const meta = {
  title: 'Connection requests/Since your last visit',
  component: SinceLastVisitAlert,
  args: {
    answered: [REQUESTS.approved, REQUESTS.rejectedHtmlComment, REQUESTS.rejectedNoComment],
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

export const OneAnswer: Story = { args: { answered: [REQUESTS.approved] } };

export const German: Story = { globals: { locale: 'de' } };
