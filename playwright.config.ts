import { defineConfig } from '@playwright/test';

// The real renderer in Debian's Chromium, against browser mode (`minutebook serve`).
// `npx playwright install` cannot download browsers here; /usr/bin/chromium is apt's.
export default defineConfig({
  testDir: 'e2e',
  // A test's time limit, not a speed target (those live in npm run bench): long flows on 2 busy cores.
  timeout: 60_000,
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    viewport: { width: 1366, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: {
      executablePath: process.env.MINUTEBOOK_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
