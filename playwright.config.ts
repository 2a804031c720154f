import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download is not available here.
const executablePath = process.env.QIANWAN_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
    screenshot: 'only-on-failure',
    trace: process.env.PW_TRACE ? 'on' : 'off',
  },
});
