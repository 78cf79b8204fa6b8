import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('tandem-demo');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('apps-table')).toBeVisible();
}

test('IT admin: filter, open an app, change owner and status, see history, export CSV', async ({ page }) => {
  await signIn(page, 'it@demo.example');
  await expect(page.getByTestId('apps-count')).toContainText('in your stack');

  // Filter: approved apps matching "zoom".
  await page.getByTestId('filter-status').click();
  await page.getByRole('checkbox', { name: 'Approved', exact: true }).check();
  await page.keyboard.press('Escape');
  await page.getByTestId('apps-search').fill('zoom');
  await expect(page).toHaveURL(/q=zoom/);
  await expect(page).toHaveURL(/status=approved/);
  await expect(page.getByTestId('apps-count')).toContainText('match your filters');
  const first = page.getByTestId('app-link').first();
  await expect(first).toContainText(/zoom/i);
  const appName = (await first.innerText()).split('\n')[0].trim();

  // Export the filtered list as CSV.
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('Name,Vendor,Category');
  expect(csv).toContain(appName);
  expect(csv.trim().split('\n').length).toBeGreaterThan(1);
  for (const line of csv.trim().split('\n').slice(1)) expect(line).toContain('Approved');

  // Open it, change the business owner.
  await first.click();
  await expect(page.getByTestId('app-title')).toContainText(appName);
  const owner = page.getByTestId('business-owner-select');
  await owner.click();
  await owner.fill('Priya');
  const option = page.getByRole('option').first();
  await expect(option).toBeVisible();
  const newOwner = (await option.innerText()).split('\n')[0].trim();
  await option.click();
  await page.getByTestId('save-app').click();
  await expect(page.getByTestId('save-bar')).toContainText(/saved/i);

  // Change the lifecycle status with a reason.
  await page.getByTestId('change-status').click();
  await page.getByTestId('status-option-restricted').click();
  await page.getByTestId('status-reason').fill('Recording consent not configured for EU calls');
  await page.getByTestId('status-submit').click();
  await expect(page.getByTestId('app-status')).toContainText(/restricted/i);

  // Both appear in the history tab.
  await page.getByTestId('history-tab').click();
  await expect(page.getByTestId('history-entry').filter({ hasText: 'Recording consent not configured for EU calls' })).toBeVisible();
  await expect(page.getByTestId('history-entry').filter({ hasText: newOwner }).first()).toBeVisible();
});

test('CMO sees only the marketing scope', async ({ page }) => {
  await signIn(page, 'cmo@demo.example');
  await expect(page.getByTestId('scope-badge')).toContainText('Marketing');
  const res = await page.request.get('/api/apps?pageSize=500');
  const body = await res.json();
  expect(body.total).toBeGreaterThan(20);
  for (const app of body.items) expect(app.departments.map((d: { name: string }) => d.name)).toContain('Marketing');
  // The UI shows the same count, and an app outside the scope does not exist for this user.
  await expect(page.getByTestId('apps-count')).toContainText(String(body.total));
  await page.getByTestId('apps-search').fill('BambooHR');
  await expect(page.getByTestId('apps-count')).toContainText('0 apps');
  await expect(page.getByTestId('nav-admin')).toHaveCount(0);
});
