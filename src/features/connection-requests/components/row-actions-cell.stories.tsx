import type { Meta, StoryObj } from '@storybook/react-vite';
import { styled } from '@mui/material/styles';
import { expect, fn, userEvent, within } from 'storybook/test';
import { RowActionsCell } from './row-actions-cell';
import { iconProperty } from './row-controls-look';
import { RowIcons } from './row-icons';
import { iconLook } from './row-icons.story-helpers';
import { rowParts } from './row-look';
import { RowTextsProvider } from './row-texts-provider';

// The cell's layout and words come from the table around it (styled once per table).
const InRow = styled('div')(({ theme }) => rowParts(theme));

/** The Actions column: the one action a row offers (derived in model/request-row-facts), or why none. */
const meta = {
  title: 'Connection requests/Row actions',
  component: RowActionsCell,
  decorators: [
    (Story) => (
      <RowTextsProvider>
        <RowIcons />
        <InRow>
          <Story />
        </InRow>
      </RowTextsProvider>
    ),
  ],
  args: {
    customerName: 'Müller Logistik GmbH',
    action: { kind: 'withdraw' },
    attemptsLeft: 2,
    busy: false,
    onConnect: fn(),
    onDismiss: fn(),
    onSendAgain: fn(),
    onWithdraw: fn(),
    onShowHistory: fn(),
  },
} satisfies Meta<typeof RowActionsCell>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pending: Withdraw (R12). */
export const PendingWithdraw: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      canvas.getByRole('button', { name: 'Withdraw the request to Müller Logistik GmbH' }),
    );
    await expect(args.onWithdraw).toHaveBeenCalledOnce();
    // History shows MUI's History icon before its word, 18 px, in the button's primary colour
    // (drawn by CSS, see RowIcons).
    const history = canvas.getByRole('button', { name: /^History of requests/ });
    const look = getComputedStyle(history);
    const drawn = document.documentElement.style.getPropertyValue(iconProperty('history'));
    await expect(look.backgroundImage).toBe(drawn.trim());
    const icon = await iconLook(history);
    await expect([icon.format, icon.color]).toEqual(['png', look.color]);
    await expect(look.backgroundSize).toBe('18px 18px');
    await expect(parseFloat(look.paddingLeft)).toBeGreaterThanOrEqual(18);
  },
};

/** A suggestion: Connect at once, or Not my customer; nothing was sent, so no history. */
export const Suggestion: Story = {
  args: {
    customerName: 'Ångström Laboratories AB',
    action: { kind: 'connectOrDismiss' },
    attemptsLeft: null,
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      canvas.getByRole('button', { name: 'Connect with Ångström Laboratories AB' }),
    );
    await expect(args.onConnect).toHaveBeenCalledOnce();
    await userEvent.click(
      canvas.getByRole('button', { name: 'Not my customer: Ångström Laboratories AB' }),
    );
    await expect(args.onDismiss).toHaveBeenCalledOnce();
    await expect(canvas.queryByRole('button', { name: /history/i })).not.toBeInTheDocument();
  },
};

/** Expired or withdrawn with attempts left: Send again (the short form). */
export const ExpiredSendAgain: Story = {
  args: { customerName: 'Großhandel Weiß an der Straße KG', action: { kind: 'sendAgain' } },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(
      within(canvasElement).getByRole('button', {
        name: 'Send again to Großhandel Weiß an der Straße KG',
      }),
    );
    await expect(args.onSendAgain).toHaveBeenCalledOnce();
  },
};

/** All three requests used (R3): no Send again, advice instead. */
export const NoAttemptsLeft: Story = {
  args: {
    customerName: 'Çelik Yapı Sanayi A.Ş.',
    action: { kind: 'noAttemptsLeft' },
    attemptsLeft: 0,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('0 of 3 attempts left')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /send again/i })).not.toBeInTheDocument();
  },
};

/** Rejected is final: ask for an invitation. */
export const RejectedAskForInvitation: Story = {
  args: { customerName: 'Zürcher Präzisionstechnik AG', action: { kind: 'askForInvitation' } },
};

/** Approved: nothing to do but look at the history. */
export const ApprovedNoAction: Story = {
  args: { customerName: 'Fabbrica Italiana Ceramiche S.p.A.', action: { kind: 'none' } },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(
      within(canvasElement).getByRole('button', {
        name: 'History of requests to Fabbrica Italiana Ceramiche S.p.A.',
      }),
    );
    await expect(args.onShowHistory).toHaveBeenCalledOnce();
  },
};

/** The row's action is running: disabled, so a double click cannot send twice. */
export const Busy: Story = {
  args: { busy: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: /withdraw/i })).toBeDisabled();
  },
};

export const German: Story = {
  globals: { locale: 'de' },
  args: { action: { kind: 'sendAgain' } },
};
