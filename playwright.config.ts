import { defineConfig } from '@playwright/test';

// Debian's Chromium: `npx playwright install` cannot download browsers here.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  globalSetup: './test/e2e/global-setup.ts',
  use: {
    baseURL: process.env.TANDEM_E2E_URL ?? 'http://127.0.0.1:3311',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    },
    acceptDownloads: true,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
