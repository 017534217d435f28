import { expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { latestRequestFor } from '../../../mocks/scenarios';
import {
  ANGSTROEM,
  CELIK,
  DEFAULT_ROWS,
  GROSSHANDEL,
  MUELLER,
  OESTERGAARD,
  SUGGESTED,
  describePage,
  renderPage,
  rowHeaders,
  rowOf,
} from '../../../tests/utils/connections-page';

describePage(() => {
  it('shows one table: a selection column, the six columns, suggestions first, then requests', async () => {
    const { table } = await renderPage();
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.slice(1).map((cell) => cell.textContent)).toEqual([
      'Customer',
      'Actions',
      'Status',
      'Email',
      'Date',
      'Comments',
    ]);
    expect(
      within(headers[0] ?? table).getByRole('checkbox', {
        name: 'Select all suggestions on this page',
      }),
    ).toBeInTheDocument();
    const names = rowHeaders(table);
    expect(names).toHaveLength(DEFAULT_ROWS);
    // The default view (newest first) puts the suggestions, which have no date, first.
    expect(names.slice(0, 4)).toEqual(SUGGESTED);
    // No second table: the suggestions are rows of this one.
    expect(screen.getAllByRole('table')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Suggested customers' })).toBeNull();

    const mueller = rowOf(table, MUELLER);
    expect(within(mueller).getByText('Pending')).toBeInTheDocument();
    expect(within(mueller).getByText('einkauf@mueller-logistik.de')).toBeInTheDocument();
    expect(within(mueller).getByText(/days left/)).toBeInTheDocument();
    const sentAt = latestRequestFor(MUELLER)?.sentAt ?? '';
    expect(
      within(mueller).getByText(
        new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(sentAt)),
      ),
    ).toBeInTheDocument();
    expect(
      within(rowOf(table, 'Nordwind Energie AG')).getByText('[System initiated]'),
    ).toBeVisible();
    expect(
      within(rowOf(table, 'Zürcher Präzisionstechnik AG')).getByText(/parent company/),
    ).toBeVisible();
  });

  it('shows a suggestion as Suggested with its reason, Connect and Not my customer, and empty cells', async () => {
    const { table } = await renderPage();
    const row = rowOf(table, ANGSTROEM);
    expect(within(row).getByText('Suggested')).toBeVisible();
    expect(within(row).getByText('You have invoiced this customer')).toBeVisible();
    expect(within(row).getByRole('button', { name: `Connect with ${ANGSTROEM}` })).toBeEnabled();
    expect(
      within(row).getByRole('button', { name: `Not my customer: ${ANGSTROEM}` }),
    ).toBeEnabled();
    expect(within(row).getByRole('checkbox', { name: `Select ${ANGSTROEM}` })).not.toBeChecked();
    // Email, Date and Comments: empty, not a placeholder and never "null".
    const cells = within(row).getAllByRole('cell');
    for (const cell of cells.slice(-3)) expect(cell).toBeEmptyDOMElement();
    expect(row).not.toHaveTextContent(/null|undefined/);
    // A name that looks like HTML is text, not markup.
    expect(within(table).getByRole('rowheader', { name: SUGGESTED[2] })).toBeVisible();
    expect(within(table).queryByRole('img')).toBeNull();
  });

  it('renders a comment that looks like HTML as text, never as markup (R9)', async () => {
    const { table } = await renderPage();
    const row = rowOf(table, 'Dvořák Strojírny s.r.o.');
    expect(
      within(row).getByText('<b>Not</b> interested <script>alert("x")</script>'),
    ).toBeInTheDocument();
    expect(within(row).queryByText('Not', { selector: 'b' })).toBeNull();
  });

  it('counts days left against the server clock: 29 days old means 1 day left', async () => {
    const { table } = await renderPage();
    expect(
      within(rowOf(table, "Société Générale d'Équipement S.A.")).getByText('1 day left'),
    ).toBeVisible();
  });

  it('derives each row action: Withdraw, Send again, invitation hint, no attempts left, nothing', async () => {
    const { table } = await renderPage();
    expect(within(rowOf(table, MUELLER)).getByRole('button', { name: /withdraw/i })).toBeEnabled();
    expect(
      within(rowOf(table, GROSSHANDEL)).getByRole('button', {
        name: `Send again to ${GROSSHANDEL}`,
      }),
    ).toBeEnabled();
    expect(
      within(rowOf(table, 'Kowalski Hurtownia Sp. z o.o.')).getByRole('button', {
        name: /send again/i,
      }),
    ).toBeEnabled();
    expect(
      within(rowOf(table, 'Björk Fastigheter AB')).getByText(/ask the customer for an invitation/i),
    ).toBeVisible();
    const celik = rowOf(table, CELIK);
    expect(within(celik).getByText(/no attempts left/i)).toBeVisible();
    expect(within(celik).getByText('0 of 3 attempts left')).toBeVisible();
    expect(
      within(celik).queryByRole('button', { name: /send again|withdraw|connect/i }),
    ).toBeNull();
    const approved = rowOf(table, OESTERGAARD);
    expect(within(approved).queryByRole('button', { name: /send again|withdraw/i })).toBeNull();
    expect(within(approved).queryByText(/attempts left/i)).toBeNull();
    expect(within(rowOf(table, GROSSHANDEL)).getByText('2 of 3 attempts left')).toBeVisible();
    // Only suggestions can be selected.
    expect(within(rowOf(table, MUELLER)).queryByRole('checkbox')).toBeNull();
  });

  it('renders headers, statuses and actions in German', async () => {
    const { table } = await renderPage({ language: 'de' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .slice(1)
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Kunde', 'Aktionen', 'Status', 'E-Mail', 'Datum', 'Kommentare']);
    for (const label of [
      'Vorgeschlagen',
      'Ausstehend',
      'Genehmigt',
      'Abgelaufen',
      'Abgelehnt',
      'Zurückgezogen',
    ]) {
      expect(within(table).getAllByText(label).length).toBeGreaterThan(0);
    }
    expect(
      within(rowOf(table, GROSSHANDEL)).getByRole('button', {
        name: /anfrage an .* erneut senden/i,
      }),
    ).toHaveTextContent('Erneut senden');
    expect(
      within(rowOf(table, ANGSTROEM)).getByRole('button', { name: `Mit ${ANGSTROEM} verbinden` }),
    ).toHaveTextContent('Verbinden');
    expect(
      within(rowOf(table, "Société Générale d'Équipement S.A.")).getByText('Noch 1 Tag'),
    ).toBeVisible();
  });

  it('has no serious axe violations', async () => {
    await renderPage();
    const result = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false } },
    });
    const serious = result.violations.filter(
      ({ impact }) => impact === 'serious' || impact === 'critical',
    );
    expect(
      serious.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });
});
