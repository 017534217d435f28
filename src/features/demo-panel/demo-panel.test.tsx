import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { errorBody } from '../../../mocks/domain/errors';
import { server } from '../../../mocks/node';
import { withClockAdvanced, withFaults } from '../../../mocks/scenarios';
import { MUELLER } from '../../../tests/utils/connections-page';
import {
  SOCIETE,
  openPanel,
  pageRow,
  prepareDemoPanelTests,
} from '../../../tests/utils/demo-panel';
import { renderWithProviders } from '../../../tests/utils/render';
import { DemoPanelButton } from './demo-panel-button';

prepareDemoPanelTests();

describe('Demo button and drawer', () => {
  it('shows the button once its lazily loaded messages are there, never a key', async () => {
    await renderWithProviders(<DemoPanelButton />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Demo' })).toBeVisible();
  });

  it('names the button in German, with faults active', async () => {
    withFaults({ latencyMs: 0, failureRate: 0.5 });
    await renderWithProviders(<DemoPanelButton />, { language: 'de' });
    expect(await screen.findByRole('button', { name: 'Demo (Störungen aktiv)' })).toBeVisible();
  });

  it('opens a drawer titled Demo controls with every section, and closes it', async () => {
    const { user, panel } = await openPanel();
    await within(panel).findByRole('heading', { name: 'Reset everything', level: 3 });
    expect(
      within(panel)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'Act as the customer',
      'Clock',
      'Scenario',
      'Role',
      'Merge duplicate account',
      'Support',
      'Faults',
      'Reset everything',
    ]);
    expect(screen.getByRole('button', { name: /^demo/i, hidden: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await user.click(within(panel).getByRole('button', { name: 'Close demo controls' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('closes with Escape (keyboard)', async () => {
    const { user } = await openPanel();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: /^demo/i })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});

describe('Reset everything', () => {
  it('asks for confirmation; Cancel keeps everything, Reset goes back to the default', async () => {
    withClockAdvanced(30);
    const { user, panel } = await openPanel();
    await waitFor(() => expect(pageRow(SOCIETE)).toHaveTextContent(`${SOCIETE}: expired`));

    await user.click(await within(panel).findByRole('button', { name: 'Reset everything' }));
    let dialog = await screen.findByRole('dialog', { name: 'Reset everything?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Reset everything?' })).not.toBeInTheDocument(),
    );
    expect(within(panel).getByText('Moved forward by 30 days')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Reset everything' }));
    dialog = await screen.findByRole('dialog', { name: 'Reset everything?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset' }));

    await waitFor(() => expect(pageRow(SOCIETE)).toHaveTextContent(`${SOCIETE}: pending`));
    expect(
      await within(panel).findByText('The clock runs in real time (not moved forward).'),
    ).toBeInTheDocument();
  });

  it('is offered when the demo state cannot be loaded, and brings the demo back', async () => {
    // A stored state the server cannot serve (500) until the demo is reset.
    let broken = true;
    server.use(
      http.get('*/api/demo/state', () =>
        broken ? HttpResponse.json(errorBody('internal_error'), { status: 500 }) : undefined,
      ),
      http.post('*/api/demo/reset', () => {
        broken = false;
      }),
    );
    const { user, panel } = await openPanel();
    expect(
      await within(panel).findByText(
        'The demo state could not be loaded: Something went wrong on the server. Please try again.',
      ),
    ).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Reset everything' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset everything?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset' }));
    expect(
      await within(panel).findByText('The clock runs in real time (not moved forward).'),
    ).toBeInTheDocument();
  });
});

describe('German and accessibility', () => {
  it('shows German labels', async () => {
    const { panel } = await openPanel('de');
    expect(
      await within(panel).findByRole('heading', { name: 'Als Kunde handeln' }),
    ).toBeInTheDocument();
    expect(
      await within(panel).findByRole('button', { name: `Genehmigen: ${MUELLER}` }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Störungen' })).toBeInTheDocument();
    expect(within(panel).getByRole('radio', { name: 'Mitglied' })).toBeInTheDocument();
    expect(
      within(panel).getByRole('button', { name: 'Uhr um 30 Tage vorstellen' }),
    ).toBeInTheDocument();
    expect(within(panel).getByText(/^Serverdatum: /)).toBeInTheDocument();
  });

  it('has no serious axe violations with the drawer open', async () => {
    const { panel } = await openPanel();
    await within(panel).findByRole('button', { name: `Approve ${MUELLER}` });
    await within(panel).findByText(/^Server date: /);
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false } }, // jsdom cannot compute colours
    });
    const serious = results.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
