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
  await notSoftware.first().click();
  // The group becomes a rule and leaves the queue.
  await expect.poll(() => notSoftware.count(), { timeout: 15_000 }).toBe(before - 1);
  await page.goto('/discovery/rules');
  await expect(page.getByText('Labelled in the review queue').first()).toBeVisible();
});
