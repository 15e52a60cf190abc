import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** Debian's Chromium when there is one (CI installs it), else Playwright's own download. */
const chromium =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** The preview server's port; E2E_PORT lets two checkouts run their suites side by side. */
const port = Number(process.env.E2E_PORT) || 4173;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update'
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // Each worker drives a Chromium (several processes) against one preview server: one worker per two cores keeps a
  // busy 2-core machine from starving the browser. E2E_WORKERS overrides it.
  workers: Number(process.env.E2E_WORKERS) || Math.max(1, Math.floor(availableParallelism() / 2)),
  // On CI a failed test is run once more and, if it then passes, reported as flaky (the line reporter names it): a rare
  // failure nobody has understood yet should not keep a whole change from landing, and still shows in the log.
  retries: process.env.CI ? 1 : 0,
  // Limits with headroom for a machine whose cores are busy; waits end as soon as their condition holds, so a long
  // limit costs nothing when things go well. axe runs add their own budget (tests/e2e/helpers/axe.ts).
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? 'line' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS }
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 } } }
  ],
  // The built app, as `npm run test:e2e` leaves it (it builds first).
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000
  }
});
