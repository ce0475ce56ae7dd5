import { chromium, defineConfig, devices } from '@playwright/test'
import { existsSync } from 'node:fs'
import { E2E_SERVERS, PORT } from './e2e/e2e-servers'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'
/**
 * Debian's `chromium-headless-shell`: the headless-only Chromium that
 * Playwright's own headless runs use. `chromium --headless` starts the whole
 * browser (its own UI pages included) for every test: the same tests took
 * 343 s with it and 194 s with the shell on a loaded two-core machine.
 */
const SYSTEM_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell'
// Read here from the command line; the workers, which load this file too, get it from the environment.
if (process.argv.some((arg) => ['--headed', '--debug', '--ui'].includes(arg))) process.env.E2E_HEADED = '1'
const HEADED = process.env.E2E_HEADED === '1' || !!process.env.PWDEBUG
/**
 * All five builds, two at a time, before the first server starts: 4 min from
 * cold on a quiet two-core machine, the `next start` archive with its size
 * ladder (posts up to 5 MB) the longest; 15 minutes leaves room for a slower
 * CI machine.
 */
const BUILD_TIMEOUT = 900_000

/**
 * Playwright's own Chromium when installed, else Debian's (these machines
 * cannot download browsers): its headless shell when installed and the run is
 * headless, else the browser.
 */
function browserLaunchOptions() {
  if (existsSync(chromium.executablePath())) return {}
  const executablePath = !HEADED && existsSync(SYSTEM_HEADLESS_SHELL) ? SYSTEM_HEADLESS_SHELL : SYSTEM_CHROMIUM
  if (!existsSync(executablePath)) {
    console.error(
      'No Chromium found: run `npx playwright install chromium`, or on Debian `apt-get install chromium chromium-headless-shell`.',
    )
    process.exit(1)
  }
  return {
    executablePath,
    args: [
      '--no-sandbox',
      // Chromium looks up Google hosts at start; this machine has no DNS for them.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  }
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list'], ['./.ci/reporters/playwright-summary.ts']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: browserLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Production builds (e2e/e2e-servers.ts), built by the first server's
  // command all at once; Playwright then starts the servers one by one.
  webServer: E2E_SERVERS.map((server, index) => ({
    command: index === 0 ? `node --import tsx e2e/build-servers.ts && ${server.serve}` : server.serve,
    url: server.url,
    timeout: index === 0 ? BUILD_TIMEOUT : 60_000,
    reuseExistingServer: false,
    env: server.env,
  })),
})
