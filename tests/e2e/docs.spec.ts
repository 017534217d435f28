import { MOCK_SERVER_ORIGIN } from './backend';
import { expect, test } from './fixtures';

test(
  'the mock server renders openapi.yaml at /docs from its own files',
  { tag: '@mock-server' },
  async ({ page }) => {
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(MOCK_SERVER_ORIGIN)) elsewhere.push(request.url());
    });
    await page.goto(`${MOCK_SERVER_ORIGIN}/docs/`);
    await expect(page.getByRole('heading', { name: /Connection Requests API/ })).toBeVisible({
      timeout: 20_000,
    });
    // An operation opens with its parameters and responses, as a backend developer reads it.
    await page
      .getByRole('button', { name: /POST \/connection-requests\b(?!\/)/ })
      .first()
      .click();
    await expect(page.getByText('Idempotency-Key').first()).toBeVisible();
    await expect(page.getByText('request_limit_reached').first()).toBeVisible();
    expect(elsewhere).toEqual([]);
  },
);
