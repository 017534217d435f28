import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { failing, withFaults } from '../../../mocks/scenarios';
import { DemoPanel } from './demo-panel';

/** The open drawer against the app's own mock backend. The drawer is a portal: query the body. */
const meta = {
  title: 'Demo panel/DemoPanel',
  component: DemoPanel,
  args: { open: true, onClose: fn() },
  // The drawer opens once its lazy messages are loaded; checked (axe) once it is there.
  play: async () => {
    await expect(await within(document.body).findByRole('dialog')).toBeVisible();
  },
} satisfies Meta<typeof DemoPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async () => {
    const panel = within(document.body);
    await expect(
      await panel.findByRole('button', { name: 'Approve Müller Logistik GmbH' }),
    ).toBeVisible();
    await expect(await panel.findByText(/^Server date: /)).toBeVisible();
  },
};

export const FaultsActive: Story = {
  parameters: { scenario: { setup: () => withFaults({ latencyMs: 500, failureRate: 1 }) } },
  play: async () => {
    const panel = within(document.body);
    await expect(await panel.findByText(/Faults are active/)).toBeVisible();
    // Act as the customer still works: its list comes with the demo state, which ignores faults.
    await expect(
      await panel.findByRole('button', { name: 'Approve Müller Logistik GmbH' }),
    ).toBeVisible();
  },
};

/** As a member, the pending requests are still listed and can be answered. */
export const MemberScenario: Story = {
  parameters: { scenario: { name: 'member' } },
  play: async () => {
    await expect(
      await within(document.body).findByRole('button', { name: 'Approve Müller Logistik GmbH' }),
    ).toBeVisible();
  },
};

export const NewSupplier: Story = {
  parameters: { scenario: { name: 'new-supplier' } },
};

export const DemoStateFailing: Story = {
  parameters: { msw: [failing('get', '/api/demo/state')] },
};

export const German: Story = {
  globals: { locale: 'de' },
};
