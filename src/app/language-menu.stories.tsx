import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { LanguageMenu } from './language-menu';

const meta = {
  title: 'App/LanguageMenu',
  component: LanguageMenu,
} satisfies Meta<typeof LanguageMenu>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};

export const Open: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /language: english/i }));
    // The menu is portalled to <body>, outside the story's canvas.
    const menu = within(canvasElement.ownerDocument.body).getByRole('menu');
    // MUI fades the menu in.
    await waitFor(() =>
      expect(within(menu).getByRole('menuitem', { name: 'Deutsch' })).toBeVisible(),
    );
    await expect(within(menu).getByRole('menuitem', { name: 'English' })).toHaveClass(
      'Mui-selected',
    );
  },
};

export const SwitchesToGerman: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /language: english/i }));
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(body.getByRole('menuitem', { name: 'Deutsch' }));
    await expect(
      await canvas.findByRole('button', { name: /sprache: deutsch/i }),
    ).toHaveTextContent('Deutsch');
    await expect(canvasElement.ownerDocument.documentElement).toHaveAttribute('lang', 'de');
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('button', { name: /sprache: deutsch/i }),
    ).toBeVisible();
  },
};
