import { beforeAll, expect, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { api } from '../../src/app/api';
import { useGetSessionQuery } from '../../src/app/session';
import type { ConnectionRequestPage } from '../../src/contract';
import { DemoPanelButton } from '../../src/features/demo-panel/demo-panel-button';
import type { Language } from '../../src/i18n';
import { renderWithProviders } from './render';

/**
 * The demo panel as its jsdom tests drive it: the Demo button, the drawer, and a stand-in for
 * the page behind it that shows what the demo controls changed.
 */

export const SOCIETE = "Société Générale d'Équipement S.A.";

/**
 * Each demo panel test file's setup. MUI in jsdom on this shared 2-core machine: whole flows
 * through the drawer take seconds. The drawer is a lazy chunk: importing it once up front keeps
 * its first transform in jsdom (seconds on a busy 2-core CI) out of each test's timing; the
 * button still uses import().
 */
export function prepareDemoPanelTests() {
  vi.setConfig({ testTimeout: 30_000 });
  beforeAll(async () => {
    await import('../../src/features/demo-panel/demo-panel');
  }, 60_000);
}

/**
 * Stands in for the page: a list that provides the same tag the page's list provides, and the
 * session. What it shows changes only through RTK Query invalidation (nothing reloads).
 */
const probeApi = api.injectEndpoints({
  endpoints: (build) => ({
    probeRequests: build.query<ConnectionRequestPage, void>({
      query: () => ({ url: 'connection-requests', params: { pageSize: 100 } }),
      providesTags: [{ type: 'Request', id: 'LIST' }],
    }),
  }),
});

function PageProbe() {
  const requests = probeApi.useProbeRequestsQuery();
  const session = useGetSessionQuery();
  return (
    <section aria-label="Page probe">
      <p>Role: {session.data?.user.role ?? '…'}</p>
      <p>Rows: {requests.isError ? 'error' : (requests.data?.total ?? '…')}</p>
      <ul aria-label="Page rows">
        {requests.data?.items.map((item) => (
          <li key={item.id}>
            {item.customerName}: {item.status}
          </li>
        ))}
      </ul>
    </section>
  );
}

export async function openPanel(language: Language = 'en') {
  const view = await renderWithProviders(
    <>
      <DemoPanelButton />
      <PageProbe />
    </>,
    { language },
  );
  const name = language === 'de' ? 'Demo' : /^demo/i;
  await view.user.click(await screen.findByRole('button', { name }));
  // The drawer and its messages are lazy chunks: their first import in jsdom on a busy 2-core
  // machine can take seconds.
  const panel = await screen.findByRole(
    'dialog',
    { name: language === 'de' ? 'Demo-Steuerung' : 'Demo controls' },
    { timeout: 10_000 },
  );
  return { ...view, panel };
}

export function pageRow(customer: string) {
  // The page sits behind the modal drawer (aria-hidden), as it does for a user.
  return within(screen.getByRole('list', { name: 'Page rows', hidden: true })).getByText(
    (_content, element) =>
      element?.tagName === 'LI' && element.textContent.startsWith(`${customer}:`),
  );
}

/** A live region of that role (status: polite, alert: assertive) carries the message. */
export async function expectAnnounced(role: 'status' | 'alert', message: string) {
  await waitFor(() =>
    expect(screen.getAllByRole(role).map((region) => region.textContent)).toContain(message),
  );
}
