import type { Meta, StoryObj } from '@storybook/react-vite';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { expect, fn, within } from 'storybook/test';
import { CaptchaField } from '../../../components/captcha';
import type { ConfirmationBinding, ContactEmailBinding } from '../../../components/contact-request';
import { RequestButton, RequestForm } from './request-form';

/** The email as the form hands it over: typed text and what the checks say of it. */
function emailField(
  value: string,
  checks: Partial<Pick<ContactEmailBinding, 'error' | 'warning'>> = {},
): ContactEmailBinding {
  return { value, onChange: fn(), onBlur: fn(), error: null, warning: null, ...checks };
}

/** The confirmation as the form hands it over. */
function confirmation(value: boolean, error: string | null = null): ConfirmationBinding {
  return { value, onChange: fn(), error };
}

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
    email: emailField(''),
    captcha: <CaptchaField siteKey="" onToken={fn()} onExpired={fn()} onUnavailable={fn()} />,
    confirmation: confirmation(false),
    canSubmit: false,
    sending: false,
    onSubmit: fn(),
  },
} satisfies Meta<typeof RequestForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const ReadyToSend: Story = {
  args: {
    email: emailField('anna.berg@angstrom-labs.se'),
    confirmation: confirmation(true),
    canSubmit: true,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Request' })).toBeEnabled();
  },
};

export const FreeMailWarning: Story = {
  args: {
    email: emailField('anna.berg@gmail.com', {
      warning:
        'This is a free-mail address. A business address of your contact is more likely to be recognised by the customer.',
    }),
    confirmation: confirmation(true),
    canSubmit: true,
  },
};

export const Sending: Story = {
  args: {
    email: emailField('anna.berg@angstrom-labs.se'),
    confirmation: confirmation(true),
    canSubmit: true,
    sending: true,
  },
};

export const ServerFieldErrors: Story = {
  args: {
    email: emailField('anna.berg@angstrom-labs', {
      error: 'Customer contact: enter a valid email address (at most 254 characters).',
    }),
    captcha: (
      <CaptchaField
        siteKey=""
        message="reCAPTCHA: the check failed or expired. Please complete it again."
        onToken={fn()}
        onExpired={fn()}
        onUnavailable={fn()}
      />
    ),
    confirmation: confirmation(false, 'Confirmation: tick the box to confirm the request.'),
  },
};

export const Conflict: Story = {
  args: {
    email: emailField('anna.berg@angstrom-labs.se'),
    confirmation: confirmation(true),
    alert: <Alert severity="error">A request to this customer is already pending.</Alert>,
  },
};

export const ServiceUnavailable: Story = {
  args: {
    email: emailField('anna.berg@angstrom-labs.se'),
    confirmation: confirmation(true),
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
