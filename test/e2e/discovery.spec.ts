import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 1440, height: 960 } });

const FIXTURES = [
  'test/fixtures/imports/okta-system-log/constructed-system-log-page.json',
  'test/fixtures/imports/google-workspace-reports/constructed-token-activities.json',
];

async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('tandem-demo');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('apps-table')).toBeVisible();
}

/** Uploads a file through the API with the page's session (cookie + CSRF) and waits until it is committed. */
async function importFile(page: Page, file: string) {
  const session = await (await page.request.get('/api/auth/session')).json();
  const res = await page.request.post('/api/imports?start=true', {
    headers: { 'x-csrf-token': session.csrfToken },
    multipart: { file: { name: path.basename(file), mimeType: 'application/json', buffer: readFileSync(file) } },
  });
  expect(res.status(), await res.text()).toBe(200);
  const { id } = await res.json();
  await expect
    .poll(async () => (await (await page.request.get(`/api/imports/${id}`)).json()).state, { timeout: 60_000, message: `import of ${file}` })
    .toBe('committed');
}

/** Searches the list for an app and returns its row. */
async function find(page: Page, name: string) {
  await page.getByTestId('discovery-search').fill(name);
  // The search reaches the address after a debounce; wait for it, so it cannot land after a later click.
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(name);
  return row(page, name);
}

const row = (page: Page, name: string) => page.getByTestId('discovered-app').filter({ has: page.getByTestId('discovered-app-name').getByText(name, { exact: true }) });

test('IT admin: import sign-in logs, see shadow IT with its evidence, add one to the inventory, set one aside', async ({ page }) => {
  await signIn(page, 'it@demo.example');
  for (const f of FIXTURES) await importFile(page, f);

  await page.getByTestId('nav-discovered').click();
  await expect(page).toHaveURL(/\/discovery$/);
  await expect(page.getByTestId('discovery-title')).toHaveText('Discovered apps');
  await expect(page.getByTestId('stat-shadow-value')).toBeVisible();
  await expect(page.getByTestId('stat-not-in-hr-value')).not.toHaveText('0');
  await expect(page.getByTestId('chart-bar').first()).toBeVisible();

  // Every status, apps seen in Okta: Salesforce, Slack, Canva (searched: the demo organisation has more).
  await page.getByTestId('status-tabs').getByText('All', { exact: true }).click();
  await page.getByTestId('filter-source').click();
  await page.locator('[data-testid="filter-source-option"][data-value="okta"]').click();
  await expect(page).toHaveURL(/source=okta/);
  for (const name of ['Salesforce', 'Slack', 'Canva']) await expect(await find(page, name)).toBeVisible();
  await find(page, 'Salesforce');
  await expect(row(page, 'Salesforce').locator('[data-source="okta"]')).toBeVisible();
  // The demo organisation approved Salesforce long ago: found, but not shadow IT.
  await expect(row(page, 'Salesforce').getByTestId('discovery-status')).toHaveText('In inventory');
  // …and the Google OAuth grant: Calendly, by someone outside the HR list.
  await page.getByTestId('filter-source').click();
  await page.locator('[data-testid="filter-source-option"][data-value="google_token"]').click();
  await expect(page).toHaveURL(/source=google_token/);
  await expect(await find(page, 'Calendly')).toBeVisible();
  await expect(row(page, 'Calendly').getByTestId('warn-not-in-hr')).toContainText('not in HR');

  // Back to shadow IT: Perplexity, which a marketing team took up from the demo's Okta log, nobody approved.
  await page.goto('/discovery');
  await expect(page.getByTestId('discovered-app').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/discovery.png', fullPage: true });
  await expect(await find(page, 'Perplexity')).toBeVisible();

  // Open it: people, and the evidence with file name and line linking to the import.
  await row(page, 'Perplexity').getByTestId('discovered-app-name').click();
  await expect(page).toHaveURL(/app=perplexity/);
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByTestId('app-drawer-title')).toHaveText('Perplexity');
  await expect(drawer.getByTestId('discovery-status').first()).toHaveText('Shadow IT');
  await expect(drawer.getByTestId('app-person').first()).toBeVisible();
  await drawer.getByTestId('drawer-tab-evidence').click();
  const evidence = drawer.getByTestId('evidence-file').filter({ hasText: 'okta-system-log-last-90-days.ndjson' }).first();
  await expect(evidence).toHaveText(/^okta-system-log-last-90-days\.ndjson:\d+$/);
  await expect(evidence).toHaveAttribute('href', /\/imports\/[0-9a-f-]+$/);
  await page.screenshot({ path: '/tmp/discovery-drawer.png' });

  // Add to the inventory: it moves to review, the drawer says so and links to the app.
  await drawer.getByTestId('add-to-inventory').click();
  await expect(drawer.getByTestId('discovery-status').first()).toHaveText('In inventory');
  await expect(drawer.getByTestId('open-inventory-app')).toBeVisible();
  await expect(drawer.getByTestId('inventory-state')).toContainText('In review');
  await expect(page.getByTestId('added-banner')).toContainText('Perplexity');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row(page, 'Perplexity')).toHaveCount(0);

  // Set another shadow app aside: it leaves the list and shows under "Not relevant", with an undo.
  await page.getByTestId('discovery-search').fill('');
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull();
  const other = page.getByTestId('discovered-app').first();
  const otherName = (await other.getByTestId('discovered-app-name').innerText()).trim();
  await other.getByTestId('mark-not-relevant').click();
  await expect(row(page, otherName)).toHaveCount(0);
  await page.getByTestId('status-tabs').getByText('Not relevant', { exact: true }).click();
  await expect(await find(page, otherName)).toBeVisible();
  await expect(row(page, otherName).getByTestId('undo-decision')).toBeVisible();

  // The banner's link opens the new inventory record, in review.
  await page.getByTestId('added-app-link').click();
  await expect(page.getByTestId('app-title')).toContainText('Perplexity');

  // An OAuth grant's scopes, classified by risk (Calendly, granted through Google).
  await page.goto('/discovery?status=all&app=calendly');
  await page.getByRole('dialog').getByTestId('drawer-tab-access').click();
  const scope = page.getByTestId('app-scope').filter({ hasText: 'calendar.readonly' });
  await expect(scope).toBeVisible();
  await expect(scope.locator('[data-risk]')).toHaveAttribute('data-risk', /high|medium|low/);
  await page.screenshot({ path: '/tmp/discovery-scopes.png' });
  await page.keyboard.press('Escape');

  // Identities outside the HR list.
  await page.goto('/discovery?view=identities');
  await expect(page.getByTestId('identity-row').filter({ hasText: 'alice@example.com' })).toBeVisible();
  await expect(page.getByTestId('identity-row').filter({ hasText: 'alice@example.com' }).getByTestId('hr-status')).toHaveText('Not in HR');
  await page.screenshot({ path: '/tmp/discovery-identities.png', fullPage: true });
});
