import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import Button from '@mui/material/Button';
import { expectAnnounced, findMessage, queryMessage } from '../../../tests/utils/feedback';
import { renderWithProviders } from '../../../tests/utils/render';
import { ActionFeedback } from './action-feedback';
import { SUCCESS_HIDE_MS, useActionFeedback, type FeedbackInput } from './use-action-feedback';

/** A page with one button that announces `input`, and the feedback. */
function Page({
  input,
  onReady,
}: {
  input: FeedbackInput;
  onReady?: (announce: () => void) => void;
}) {
  const feedback = useActionFeedback();
  const { announce } = feedback;
  useEffect(() => {
    onReady?.(() => announce(input));
  }, [onReady, announce, input]);
  return (
    <>
      <Button onClick={() => announce(input)}>Act</Button>
      <ActionFeedback message={feedback.message} onClose={feedback.close} />
    </>
  );
}

/** userEvent that lets fake timers run while it waits between events. */
const fakeTimerUser = () => userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });

describe('ActionFeedback: one rule for every action', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hides a success after a while, and says it politely', async () => {
    const onLeave = vi.fn();
    await renderWithProviders(
      <Page input={{ severity: 'success', text: 'Request sent to A.', onLeave }} />,
    );
    const user = fakeTimerUser();
    await user.click(screen.getByRole('button', { name: 'Act' }));

    expect(await findMessage()).toHaveTextContent('Request sent to A.');
    await expectAnnounced('Request sent to A.', 'status');
    act(() => {
      vi.advanceTimersByTime(SUCCESS_HIDE_MS - 1000);
    });
    expect(queryMessage()).toBeInTheDocument();
    expect(onLeave).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(onLeave).toHaveBeenCalledOnce();
    // It slides out, then is gone.
    await waitFor(() => {
      expect(queryMessage()).not.toBeInTheDocument();
    });
  });

  it('keeps an error until it is closed (WCAG 2.2.1), and says it at once', async () => {
    const onLeave = vi.fn();
    await renderWithProviders(
      <Page input={{ severity: 'error', text: 'Could not connect A: no.', onLeave }} />,
    );
    const user = fakeTimerUser();
    await user.click(screen.getByRole('button', { name: 'Act' }));
    await expectAnnounced('Could not connect A: no.', 'alert');

    act(() => {
      vi.advanceTimersByTime(SUCCESS_HIDE_MS * 10);
    });
    const message = await findMessage();
    expect(message).toHaveTextContent('Could not connect A: no.');
    expect(onLeave).not.toHaveBeenCalled();

    await user.click(within(message).getByRole('button', { name: 'Close' }));
    expect(onLeave).toHaveBeenCalledOnce();
    // Focus goes back where it came from, not to <body>.
    expect(screen.getByRole('button', { name: 'Act' })).toHaveFocus();
  });

  it('does not hide a success while focus is in it', async () => {
    await renderWithProviders(
      <Page
        input={{
          severity: 'success',
          text: 'A is no longer suggested.',
          action: { label: 'Undo', onClick: vi.fn() },
        }}
      />,
    );
    const user = fakeTimerUser();
    await user.click(screen.getByRole('button', { name: 'Act' }));
    const message = await findMessage();
    act(() => {
      within(message).getByRole('button', { name: 'Undo' }).focus();
    });

    act(() => {
      vi.advanceTimersByTime(SUCCESS_HIDE_MS * 3);
    });
    expect(queryMessage()).toBeInTheDocument();
  });

  it('runs the action, then closes; a new message makes the last one leave', async () => {
    const onClick = vi.fn();
    const first = vi.fn();
    let again = () => undefined as void;
    await renderWithProviders(
      <Page
        input={{
          severity: 'success',
          text: 'Sent.',
          action: { label: 'Show', onClick },
          onLeave: first,
        }}
        onReady={(announce) => {
          again = announce;
        }}
      />,
    );
    const user = fakeTimerUser();
    await user.click(screen.getByRole('button', { name: 'Act' }));
    act(() => {
      again();
    });
    // Replaced: the first one left, once.
    expect(first).toHaveBeenCalledOnce();

    await user.click(within(await findMessage()).getByRole('button', { name: 'Show' }));
    expect(onClick).toHaveBeenCalledOnce();
    expect(first).toHaveBeenCalledTimes(2);
  });

  it('speaks German', async () => {
    await renderWithProviders(<Page input={{ severity: 'error', text: 'Fehler.' }} />, {
      language: 'de',
    });
    const user = fakeTimerUser();
    await user.click(screen.getByRole('button', { name: 'Act' }));
    const message = await screen.findByRole('region', { name: 'Meldung' });
    expect(within(message).getByRole('button', { name: 'Schließen' })).toBeVisible();
  });
});
