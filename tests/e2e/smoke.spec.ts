import { expect, test } from './fixtures';

test('the production demo build loads and shows its title', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Connection Requests');
  await expect(page.getByRole('banner').getByText('Connection Requests')).toBeVisible();
});
