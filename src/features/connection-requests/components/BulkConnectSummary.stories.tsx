import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { BulkConnectSummary } from './BulkConnectSummary';

const meta = {
  title: 'Connection requests/Bulk connect summary',
  component: BulkConnectSummary,
  args: { succeeded: 3, failures: [], onClose: fn() },
} satisfies Meta<typeof BulkConnectSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllSucceeded: Story = {};

export const SomeFailed: Story = {
  args: {
    succeeded: 2,
    failures: [
      {
        customerId: 'cust-dubois-fils',
        customerName: 'Dubois & Fils SARL',
        message: 'This customer does not accept requests from suppliers.',
      },
      {
        customerId: 'cust-angstroem-labs',
        customerName: 'Ångström Laboratories AB',
        message: 'A request to this customer is already pending.',
      },
    ],
  },
};

export const AllFailed: Story = {
  args: {
    succeeded: 0,
    failures: [
      {
        customerId: 'cust-dubois-fils',
        customerName: 'Dubois & Fils SARL',
        message: 'The service is unavailable right now. Please try again.',
      },
    ],
  },
};

export const German: Story = {
  ...SomeFailed,
  globals: { locale: 'de' },
};
