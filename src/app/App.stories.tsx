import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { App } from './App';

/** The whole app as a user meets it: header, language menu and the page, on the mock backend. */
const meta = {
  title: 'App/Whole app',
  component: App,
  parameters: { layout: 'fullscreen' },
  args: { demoControls: false },
} satisfies Meta<typeof App>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 1, name: 'Connection Requests' }),
    ).toBeVisible();
    await expect(
      await canvas.findByRole('table', { name: 'Requests and suggestions' }),
    ).toBeVisible();
  },
};

/** As the standalone demo shows it: with the Demo button in the header. */
export const WithDemoControls: Story = {
  args: { demoControls: true },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Demo' })).toBeVisible();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { level: 1, name: 'Verbindungsanfragen' }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sprache: Deutsch' })).toBeVisible();
  },
};
