/**
 * The two production builds of the real-looking archive that the e2e crawls
 * (see e2e/e2e-servers.ts): one place for their ports, folders and base path,
 * shared by the config and e2e/real-archive.spec.ts.
 */
export interface ArchiveServer {
  name: string
  origin: string
  /** The base path the build runs under ('' for none). */
  basePath: string
  /** What follows a page's path: the export writes folders, so `/`. */
  trailingSlash: string
  /** The prepared content folder the build reads (its own: builds run in parallel). */
  contentDir: string
  /** The build folder (NEXT_DIST_DIR); the export's pages are written here too. */
  distDir: string
  /**
   * Whether its content holds the size ladder (posts up to 5 MB, 5,000
   * headings; about 19 MB). Only the `next start` build renders it: that
   * build alone takes about 2.5 min on two cores, and the export writes the
   * same HTML through the same pipeline.
   */
  ladder: boolean
  /**
   * Whether its content also holds an account `npm run sync` writes from the
   * local chain node before the build (e2e/real-archive/prepare.ts): the
   * writer's whole path, sync then build, in a build that runs anyway.
   */
  synced: boolean
}

export const ARCHIVE_START: ArchiveServer = {
  name: 'next start',
  origin: 'http://localhost:3102',
  basePath: '',
  trailingSlash: '',
  contentDir: '.e2e-content/start',
  distDir: '.next-e2e-archive',
  ladder: true,
  synced: false,
}

/**
 * Under a base path other than the fixture export's `/@demo`, so nothing that
 * works only because of that one name passes here; a project site on GitHub
 * Pages (`user.github.io/<repo>/`) is the common case of a base path.
 */
export const ARCHIVE_EXPORT: ArchiveServer = {
  name: 'static export',
  origin: 'http://localhost:3103',
  basePath: '/steem-archive',
  trailingSlash: '/',
  contentDir: '.e2e-content/export',
  distDir: 'out-e2e-archive',
  ladder: false,
  synced: true,
}

/** A page's path on a server: `/posts/<permlink>` (with the base path and trailing slash the build uses). */
export function pagePath(server: ArchiveServer, path: string): string {
  return `${server.basePath}${path}${path.endsWith('/') ? '' : server.trailingSlash}`
}
