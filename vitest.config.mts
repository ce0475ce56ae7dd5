import { defineConfig } from 'vitest/config'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    // Unit tests live beside the lib/ code they test; e2e/ belongs to Playwright.
    include: ['lib/**/*.test.ts'],
    environment: 'node',
    // Vitest's default leaves one core to its main process, which only waits
    // while the workers run: on a two-core machine that was one worker, the
    // files one after another, and a core idle (453 tests: 104 s → 73 s with two).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', './.ci/reporters/vitest-summary.ts'],
  },
})
