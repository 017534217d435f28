import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { App } from './app';

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

/**
 * A phone in German, where the words are longest: the header keeps the title and shows the Demo
 * and language buttons as icons (their names unchanged); nothing scrolls sideways.
 */
export const PhoneGerman: Story = {
  globals: { locale: 'de', viewport: { value: 'mobile1', isRotated: false } },
  args: { demoControls: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Demo' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sprache: Deutsch' })).toBeVisible();
    await expect(
      await canvas.findByRole('list', { name: 'Anfragen und Vorschläge' }),
    ).toBeVisible();
    const doc = canvasElement.ownerDocument.documentElement;
    await expect(doc.scrollWidth).toBeLessThanOrEqual(doc.clientWidth);
  },
};
