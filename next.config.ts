import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import { checkContentOrExit } from './lib/content/check-content'

const nextConfig: NextConfig = {
  // A separate output folder lets the e2e build (over e2e/fixtures) live beside the normal one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
}

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) checkContentOrExit()
  return nextConfig
}
