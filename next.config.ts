import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // A separate output folder lets the e2e build (over e2e/fixtures) live beside the normal one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
}

export default nextConfig
