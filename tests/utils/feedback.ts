import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * The page's one message (ActionFeedback), once it is on screen and no dialog hides the page.
 * `name` is the landmark's name in the UI language.
 */
export function findMessage(name: 'Message' | 'Meldung' = 'Message'): Promise<HTMLElement> {
  return screen.findByRole('region', { name });
}

/** The message on screen now, or null. */
export function queryMessage(): HTMLElement | null {
  return screen.queryByRole('region', { name: 'Message' });
}

/** Closes the message with its Close button and waits until it has gone. */
export async function closeMessage(user: { click: (element: Element) => Promise<void> }) {
  const message = await findMessage();
  await user.click(within(message).getByRole('button', { name: 'Close' }));
  await waitFor(() => {
    expect(queryMessage()).not.toBeInTheDocument();
  });
}

/**
 * What screen readers were told: a live region (`status` for a success, `alert` for an error)
 * holds the text. The regions are always there; only their text changes.
 */
export async function expectAnnounced(text: string | RegExp, role: 'status' | 'alert' = 'status') {
  await waitFor(() => {
    const spoken = screen.getAllByRole(role).map((region) => region.textContent);
    expect(spoken).toContainEqual(
      typeof text === 'string' ? expect.stringContaining(text) : expect.stringMatching(text),
    );
  });
}
