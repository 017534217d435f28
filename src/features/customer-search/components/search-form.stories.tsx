import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { SearchForm } from './search-form';

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
    firstSearch: false,
  },
} satisfies Meta<typeof SearchForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Before the first search: every valid search counts, even one that finds nothing (R4). */
export const BeforeFirstSearch: Story = {
  args: { firstSearch: true },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText(
        'Every valid search counts as one of your 5 searches, even one that finds no customer.',
      ),
    ).toBeVisible();
  },
};

export const InvalidQuery: Story = {
  args: { query: 'a', queryError: 'Enter at least 2 characters.' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('textbox', { name: 'Customer name' }),
    ).toBeInvalid();
  },
};

/** R5: marks, emoji or punctuation alone are not a name; no search is spent on them. */
export const NoLettersOrDigits: Story = {
  args: { query: '😀😀', queryError: 'Enter a name with at least 2 letters or digits.' },
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
