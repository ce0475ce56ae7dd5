import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    // Unit tests live beside the lib/ code they test; e2e/ belongs to Playwright.
    include: ['lib/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './.ci/reporters/vitest-summary.ts'],
  },
})
