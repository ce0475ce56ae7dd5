import { chromium, defineConfig, devices } from '@playwright/test'
import { existsSync } from 'node:fs'
import { ARCHIVE_EXPORT, ARCHIVE_START } from './e2e/real-archive/servers'

const PORT = 3100
/** A Hexo site root, served under its own `root` (e2e/hexo-site.spec.ts). */
const HEXO_PORT = 3104
const HEXO_ROOT = '/@lin'
/** The static export, under a base path, on a plain static host (e2e/static-server.ts). */
export const EXPORT_PORT = 3101
export const EXPORT_BASE_PATH = '/@demo'
const SYSTEM_CHROMIUM = '/usr/bin/chromium'
/** Each build of the real-looking archive prepares its own content folder (posts + the size ladder) first. */
const PREPARE_ARCHIVE = 'node --import tsx e2e/real-archive/prepare.ts'
/**
 * The archive builds render the size ladder too (posts up to 5 MB, about 19 MB
 * in all): measured at 4.0 min (`next start`) and 2.5 min (export) from cold
 * on a busy two-core machine, one after the other (Playwright starts its web
 * servers in turn); 15 minutes leaves room for a slower CI machine.
 */
const ARCHIVE_BUILD_TIMEOUT = 900_000

/** Playwright's own Chromium when installed, else Debian's (these machines cannot download browsers). */
function browserLaunchOptions() {
  if (existsSync(chromium.executablePath())) return {}
  if (!existsSync(SYSTEM_CHROMIUM)) {
    console.error('No Chromium found: run `npx playwright install chromium`, or on Debian `apt-get install chromium`.')
    process.exit(1)
  }
  return {
    executablePath: SYSTEM_CHROMIUM,
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
  // Production builds over the fixture content, served as readers get them:
  // `next start` (as on Vercel), and the static export on a plain static host.
  webServer: [
    {
      command: `npx next build && npx next start -p ${PORT}`,
      url: `http://localhost:${PORT}`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: {
        CONTENT_DIR: 'e2e/fixtures',
        NEXT_DIST_DIR: '.next-e2e',
        SITE_URL: `http://localhost:${PORT}`,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
    {
      command: `npx next build && node --import tsx e2e/static-server.ts out-e2e ${EXPORT_PORT} ${EXPORT_BASE_PATH}`,
      url: `http://localhost:${EXPORT_PORT}${EXPORT_BASE_PATH}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: {
        STATIC_EXPORT: '1',
        BASE_PATH: EXPORT_BASE_PATH,
        CONTENT_DIR: 'e2e/fixtures',
        NEXT_DIST_DIR: 'out-e2e',
        SITE_URL: `http://localhost:${EXPORT_PORT}`,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
    // A Hexo + Icarus blog as its author has it (e2e/hexo-site: _config.yml,
    // _config.icarus.yml, source/): no SITE_URL or BASE_PATH, so its own `url`
    // and `root` apply, with its title, menu, widgets, page sizes, date format,
    // language and old URLs (e2e/hexo-site.spec.ts).
    {
      command: `npx next build && npx next start -p ${HEXO_PORT}`,
      url: `http://localhost:${HEXO_PORT}${HEXO_ROOT}`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: { CONTENT_DIR: 'e2e/hexo-site', NEXT_DIST_DIR: '.next-e2e-hexo', NEXT_TELEMETRY_DISABLED: '1' },
    },
    // A content folder of nothing but posts, as a new user brings one (a
    // real-looking archive of five accounts and the size ladder): `next start`,
    // and the static export under another base path (e2e/real-archive.spec.ts).
    {
      command: `${PREPARE_ARCHIVE} ${ARCHIVE_START.contentDir} && npx next build && npx next start -p ${new URL(ARCHIVE_START.origin).port}`,
      url: ARCHIVE_START.origin,
      timeout: ARCHIVE_BUILD_TIMEOUT,
      reuseExistingServer: false,
      env: {
        CONTENT_DIR: ARCHIVE_START.contentDir,
        NEXT_DIST_DIR: ARCHIVE_START.distDir,
        SITE_URL: ARCHIVE_START.origin,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
    {
      command: `${PREPARE_ARCHIVE} ${ARCHIVE_EXPORT.contentDir} && npx next build && node --import tsx e2e/static-server.ts ${ARCHIVE_EXPORT.distDir} ${new URL(ARCHIVE_EXPORT.origin).port} ${ARCHIVE_EXPORT.basePath}`,
      url: `${ARCHIVE_EXPORT.origin}${ARCHIVE_EXPORT.basePath}/`,
      timeout: ARCHIVE_BUILD_TIMEOUT,
      reuseExistingServer: false,
      env: {
        STATIC_EXPORT: '1',
        BASE_PATH: ARCHIVE_EXPORT.basePath,
        CONTENT_DIR: ARCHIVE_EXPORT.contentDir,
        NEXT_DIST_DIR: ARCHIVE_EXPORT.distDir,
        SITE_URL: ARCHIVE_EXPORT.origin,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  ],
})
