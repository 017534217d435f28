import { useImperativeHandle, useState, type Ref } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../../tests/utils/render';
import type { CustomerSearchHit } from '../../../contract';
import { RequestButton } from './request-form';
import { RequestStep, type RequestStepProps } from './request-step';

// Google's script cannot load offline: stand in for the widget with buttons that fire its
// callbacks, and count resets.
const widget = vi.hoisted(() => ({ resets: 0 }));

interface FakeReCaptchaProps {
  ref?: Ref<{ reset: () => void }>;
  sitekey: string;
  onChange?: (token: string | null) => void;
  onExpired?: () => void;
  asyncScriptOnLoad?: (state: { loaded?: boolean; errored?: boolean }) => void;
}

vi.mock('react-google-recaptcha', () => ({
  default: function FakeReCaptcha({
    ref,
    sitekey,
    onChange,
    onExpired,
    asyncScriptOnLoad,
  }: FakeReCaptchaProps) {
    useImperativeHandle(ref, () => ({
      reset: () => {
        widget.resets += 1;
      },
    }));
    return (
      <div>
        <p>Google widget for {sitekey}</p>
        <button type="button" onClick={() => onChange?.('google-token')}>
          Solve
        </button>
        <button type="button" onClick={() => onExpired?.()}>
          Expire
        </button>
        <button type="button" onClick={() => asyncScriptOnLoad?.({ errored: true })}>
          Fail to load
        </button>
      </div>
    );
  },
}));

vi.mock('../../../app/config', () => ({
  config: {
    apiBaseUrl: 'http://localhost/api',
    mocking: true,
    demoControls: true,
    recaptchaSiteKey: 'site-key-1',
  },
}));

const HIT: CustomerSearchHit = {
  customerId: 'cust-angstroem-labs',
  customerName: 'Ångström Laboratories AB',
  state: 'available',
};

const FORM_ID = 'request-step';

/** The request step with its Request button, as the dialog lays them out. */
function RequestStepWithButton({ send }: { send: RequestStepProps['send'] }) {
  const [canSubmit, setCanSubmit] = useState(false);
  return (
    <>
      <RequestStep
        formId={FORM_ID}
        customer={HIT}
        send={send}
        sending={false}
        onSent={vi.fn()}
        onCanSubmitChange={setCanSubmit}
      />
      <RequestButton formId={FORM_ID} canSubmit={canSubmit} sending={false} />
    </>
  );
}

async function renderSection() {
  const send = vi.fn(() => new Promise<never>(() => undefined));
  const utils = await renderWithProviders(<RequestStepWithButton send={send} />);
  await screen.findByText('Google widget for site-key-1');
  await utils.user.click(screen.getByRole('textbox', { name: /Customer contact/ }));
  await utils.user.paste('anna.berg@angstrom-labs.se');
  await utils.user.click(screen.getByRole('checkbox', { name: /I confirm that/ }));
  return { ...utils, send };
}

describe('the reCAPTCHA field with a site key', { timeout: 60_000 }, () => {
  it("uses Google's widget, not the stand-in, and its token enables Request", async () => {
    const { user, send } = await renderSection();
    expect(screen.queryByRole('checkbox', { name: "I'm not a robot" })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Request' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Solve' }));
    await user.click(screen.getByRole('button', { name: 'Request' }));

    expect(send).toHaveBeenCalledWith(expect.objectContaining({ captchaToken: 'google-token' }));
  });

  it('on expiry resets the widget, says so and disables Request again', async () => {
    const { user } = await renderSection();
    await user.click(screen.getByRole('button', { name: 'Solve' }));
    expect(screen.getByRole('button', { name: 'Request' })).toBeEnabled();
    const resetsBefore = widget.resets;

    await user.click(screen.getByRole('button', { name: 'Expire' }));

    expect(screen.getByRole('alert')).toHaveTextContent(
      'The reCAPTCHA check expired. Please complete it again.',
    );
    expect(widget.resets).toBe(resetsBefore + 1);
    expect(screen.getByRole('button', { name: 'Request' })).toBeDisabled();
  });

  it("says so when Google's script cannot load", async () => {
    const { user } = await renderSection();

    await user.click(screen.getByRole('button', { name: 'Fail to load' }));

    expect(screen.getByRole('alert')).toHaveTextContent(/reCAPTCHA could not be loaded/);
  });
});
