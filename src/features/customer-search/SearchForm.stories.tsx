import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { SearchForm } from './SearchForm';

const meta = {
  title: 'Customer search/SearchForm',
  component: SearchForm,
  args: {
    query: '',
    onQueryChange: fn(),
    onSubmit: fn(),
    queryError: null,
    searchesRemaining: 5,
    searching: false,
  },
} satisfies Meta<typeof SearchForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const InvalidQuery: Story = {
  args: { query: 'a', queryError: 'Enter at least 2 characters.' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('textbox', { name: 'Customer name' }),
    ).toBeInvalid();
  },
};

export const Searching: Story = {
  args: { query: 'müller', searchesRemaining: 4, searching: true },
};

export const LastSearchLeft: Story = {
  args: { query: 'müller', searchesRemaining: 1 },
};

export const SearchLimitReached: Story = {
  args: { query: 'müller', searchesRemaining: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Customer name' })).toBeDisabled();
    await expect(canvas.getByRole('alert')).toHaveTextContent('No searches left');
  },
};
