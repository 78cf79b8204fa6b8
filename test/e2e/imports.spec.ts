import { expect, test, type Page } from '@playwright/test';

async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('tandem-demo');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('apps-table')).toBeVisible();
}

test('IT admin: upload a card statement, confirm, watch it finish, then label an unknown text in the review queue', async ({ page }) => {
  await signIn(page, 'it@demo.example');
  await page.goto('/imports');
  await expect(page.getByTestId('upload-zone')).toBeVisible();
  // The demo organisation already has its card statement in the history.
  await expect(page.getByText('amex-corporate-card-last-6-months.csv')).toBeVisible();

  await page.getByTestId('upload-input').setInputFiles('test/fixtures/imports/card-expense-csv/amex-activity-extended.csv');
  await expect(page.getByTestId('confirm-step')).toBeVisible();
  await page.getByTestId('start-import').click();
  await expect(page.getByTestId('import-outcome')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-state')).toContainText(/committed|imported/i);
  await expect(page.getByTestId('outcome-transactions')).toBeVisible();

  await page.goto('/discovery/review');
  const notSoftware = page.getByTestId('not-software');
  await expect(notSoftware.first()).toBeVisible();
  const before = await notSoftware.count();
  const firstText = (await page.getByTestId('group-source').first().locator('xpath=ancestor::tr').innerText()).split('\n')[0];
  await notSoftware.first().click();
  await expect(page.getByText(/rule|learned/i).first()).toBeVisible();
  await expect.poll(async () => (await page.locator('tr', { hasText: firstText }).count())).toBe(0);
  expect(await notSoftware.count()).toBeLessThanOrEqual(before);
});
