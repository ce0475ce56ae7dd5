import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Links prefetch on intent, not on sight: components/Link.tsx says why.
    files: ['app/**', 'components/**'],
    ignores: ['components/Link.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'next/link', message: "Use '@/components/Link': it prefetches when a reader reaches for a link." },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'out/**',
    'out-*/**',
    '.bench-tools/**',
    'bench-results/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
])
