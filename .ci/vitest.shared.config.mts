import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

// Tests over ../shared (the source system's real post), run by .ci/run only.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('..', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['.ci/*.test.ts'],
    environment: 'node',
  },
})
