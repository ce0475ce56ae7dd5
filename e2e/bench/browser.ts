/** Chromium for the bench: Playwright's when installed, else the system one; never reaching off the machine. */
import { chromium, type Browser } from '@playwright/test'
import { existsSync } from 'node:fs'

export const SYSTEM_CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]

export function chromiumPath(): string {
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM
  const own = chromium.executablePath()
  if (existsSync(own)) return own
  throw new Error(`no Chromium: install one at ${SYSTEM_CHROMIUM} or run \`npx playwright install chromium\``)
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
}
