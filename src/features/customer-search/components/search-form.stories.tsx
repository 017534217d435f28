import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import type { FieldBinding } from '../../../components/field-binding';
import { SearchForm } from './search-form';

/** The Customer name field as the dialog hands it over. */
function queryField(value: string, error: string | null = null): FieldBinding<string> {
  return { value, onChange: fn(), error };
}

const meta = {
  title: 'Customer search/SearchForm',
  component: SearchForm,
  args: {
    query: queryField(''),
    onSubmit: fn(),
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
  args: { query: queryField('a', 'Enter at least 2 characters.') },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('textbox', { name: 'Customer name' }),
    ).toBeInvalid();
  },
};

/** R5: marks, emoji or punctuation alone are not a name; no search is spent on them. */
export const NoLettersOrDigits: Story = {
  args: { query: queryField('😀😀', 'Enter a name with at least 2 letters or digits.') },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('textbox', { name: 'Customer name' }),
    ).toBeInvalid();
  },
};

export const Searching: Story = {
  args: { query: queryField('müller'), searchesRemaining: 4, searching: true },
};

export const LastSearchLeft: Story = {
  args: { query: queryField('müller'), searchesRemaining: 1 },
};

export const SearchLimitReached: Story = {
  args: { query: queryField('müller'), searchesRemaining: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Customer name' })).toBeDisabled();
    await expect(canvas.getByRole('alert')).toHaveTextContent('No searches left');
  },
};
