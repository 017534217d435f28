import type { Meta, StoryObj } from '@storybook/react-vite';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { expect, fn, within } from 'storybook/test';
import { CaptchaField } from '../../../components/captcha';
import { RequestButton, RequestForm } from './request-form';

const meta = {
  title: 'Customer search/RequestForm',
  component: RequestForm,
  // As the dialog lays it out: the form, and its Request button in the footer below.
  render: (args) => (
    <>
      <RequestForm {...args} />
      <RequestButton formId={args.formId} canSubmit={args.canSubmit} sending={args.sending} />
    </>
  ),
  args: {
    formId: 'request-form-story',
    customerName: 'Ångström Laboratories AB',
    email: '',
    onEmailChange: fn(),
    onEmailBlur: fn(),
    emailError: null,
    emailWarning: null,
    captcha: <CaptchaField siteKey="" onToken={fn()} onExpired={fn()} onUnavailable={fn()} />,
    confirmed: false,
    onConfirmedChange: fn(),
    confirmError: null,
    canSubmit: false,
    sending: false,
    onSubmit: fn(),
  },
} satisfies Meta<typeof RequestForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const ReadyToSend: Story = {
  args: { email: 'anna.berg@angstrom-labs.se', confirmed: true, canSubmit: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Request' })).toBeEnabled();
  },
};

export const FreeMailWarning: Story = {
  args: {
    email: 'anna.berg@gmail.com',
    emailWarning:
      'This is a free-mail address. A business address of your contact is more likely to be recognised by the customer.',
    confirmed: true,
    canSubmit: true,
  },
};

export const Sending: Story = {
  args: { email: 'anna.berg@angstrom-labs.se', confirmed: true, canSubmit: true, sending: true },
};

export const ServerFieldErrors: Story = {
  args: {
    email: 'anna.berg@angstrom-labs',
    emailError: 'Customer contact: enter a valid email address (at most 254 characters).',
    captcha: (
      <CaptchaField
        siteKey=""
        message="reCAPTCHA: the check failed or expired. Please complete it again."
        onToken={fn()}
        onExpired={fn()}
        onUnavailable={fn()}
      />
    ),
    confirmError: 'Confirmation: tick the box to confirm the request.',
  },
};

export const Conflict: Story = {
  args: {
    email: 'anna.berg@angstrom-labs.se',
    confirmed: true,
    alert: <Alert severity="error">A request to this customer is already pending.</Alert>,
  },
};

export const ServiceUnavailable: Story = {
  args: {
    email: 'anna.berg@angstrom-labs.se',
    confirmed: true,
    canSubmit: true,
    alert: (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small">
            Retry
          </Button>
        }
      >
        The service is unavailable right now. Please try again.
      </Alert>
    ),
  },
};
