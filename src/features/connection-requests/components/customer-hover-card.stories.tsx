import type { Meta, StoryObj } from '@storybook/react-vite';
import { styled } from '@mui/material/styles';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ACCOUNTS } from '../../../../.storybook/fixtures';
import { CustomerAccountsList } from './customer-accounts-list';
import { CustomerHoverCard } from './customer-hover-card';
import { rowControls } from './row-controls-look';

// The name's look comes from the rows around it (styled once per table or card list).
const InRow = styled('div')(({ theme }) => rowControls(theme));

const NAME = 'Østergaard & Søn A/S';

/** An approved customer's name: hover or keyboard focus opens the card with its accounts. */
const meta = {
  title: 'Connection requests/Hover card',
  component: CustomerHoverCard,
  decorators: [
    (Story) => (
      <InRow>
        <Story />
      </InRow>
    ),
  ],
  args: {
    name: NAME,
    renderCard: () => (
      <CustomerAccountsList
        customerName={NAME}
        state={{ kind: 'loaded', accounts: ACCOUNTS }}
        language="en"
      />
    ),
  },
} satisfies Meta<typeof CustomerHoverCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};

/** Key flow: Tab to the name opens the card, tied to it; Escape closes it, focus stays. */
export const OpenedByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const name = canvas.getByRole('button', { name: NAME });
    await userEvent.tab();
    await expect(name).toHaveFocus();
    // The card is described by its content (MUI's Popper wraps it in a second role=tooltip).
    await expect(await body.findByText('Østergaard GmbH')).toBeVisible();
    await expect(name).toHaveAttribute('aria-expanded', 'true');
    await expect(name).toHaveAccessibleDescription(/Accounts of Østergaard & Søn A\/S/);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByText('Østergaard GmbH')).not.toBeInTheDocument());
    await expect(name).toHaveAttribute('aria-expanded', 'false');
    await expect(name).toHaveFocus();
  },
};

export const OpenedByHover: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.hover(within(canvasElement).getByRole('button', { name: NAME }));
    await expect(await body.findByText('Østergaard Sverige AB')).toBeVisible();
  },
};
