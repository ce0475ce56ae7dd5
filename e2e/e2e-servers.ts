import { ARCHIVE_EXPORT, ARCHIVE_START, type ArchiveServer } from './real-archive/servers'

/**
 * The production builds the e2e runs against, in one place: how each is
 * built (e2e/build-servers.ts builds them all, two at a time) and how it is
 * served once built (playwright.config.ts starts the servers).
 */
export interface E2eServer {
  name: string
  /** The environment of its build and its server. */
  env: Record<string, string>
  /** Run before its build (a content folder to prepare), if anything. */
  prepare?: string
  /** Serves the finished build. */
  serve: string
  /** Answers once the server is up. */
  url: string
}

export const PORT = 3100
/** The static export, under a base path, on a plain static host (e2e/static-server.ts). */
export const EXPORT_PORT = 3101
export const EXPORT_BASE_PATH = '/@demo'
/** A Hexo site root, served under its own `root` (e2e/hexo-site.spec.ts). */
const HEXO_PORT = 3104
const HEXO_ROOT = '/@lin'

const BASE_ENV = { NEXT_TELEMETRY_DISABLED: '1' }
const STATIC_SERVER = 'node --import tsx e2e/static-server.ts'
/**
 * Keeps an idle connection open a minute, not Node's 5 s: on a loaded CI
 * machine a test process can stall past the client's margin for those 5 s and
 * send its next request on a connection the server has just closed ("other
 * side closed", a crawl's status 0), which a browser would retry but a
 * crawler reports as a broken link. e2e/static-server.ts does the same.
 */
const NEXT_START = 'npx next start --keepAliveTimeout 60000'
/** Each build of the real-looking archive prepares its own content folder (posts, and the size ladder in one) first. */
const PREPARE_ARCHIVE = 'node --import tsx e2e/real-archive/prepare.ts'

function archiveServer(server: ArchiveServer, exported: boolean): E2eServer {
  const port = new URL(server.origin).port
  return {
    name: `real archive, ${server.name}`,
    env: {
      ...BASE_ENV,
      ...(exported ? { STATIC_EXPORT: '1', BASE_PATH: server.basePath } : {}),
      CONTENT_DIR: server.contentDir,
      NEXT_DIST_DIR: server.distDir,
      SITE_URL: server.origin,
    },
    prepare: `${PREPARE_ARCHIVE} ${server.contentDir}${server.ladder ? '' : ' --no-ladder'}${server.synced ? ' --synced' : ''}`,
    serve: exported ? `${STATIC_SERVER} ${server.distDir} ${port} ${server.basePath}` : `${NEXT_START} -p ${port}`,
    url: `${server.origin}${server.basePath}/`,
  }
}

/** Largest first, so the longest build (the archive with its size ladder) never starts last. */
export const E2E_SERVERS: E2eServer[] = [
  // A content folder of nothing but posts, as a new user brings one (a
  // real-looking archive of six accounts and the size ladder): `next start`,
  // and the static export under another base path, with an account
  // `npm run sync` wrote instead of the ladder (e2e/real-archive.spec.ts,
  // e2e/sync-then-build.spec.ts).
  archiveServer(ARCHIVE_START, false),
  archiveServer(ARCHIVE_EXPORT, true),
  // The fixture content, served as readers get it: `next start` (as on
  // Vercel), and the static export on a plain static host.
  {
    name: 'fixtures, next start',
    env: { ...BASE_ENV, CONTENT_DIR: 'e2e/fixtures', NEXT_DIST_DIR: '.next-e2e', SITE_URL: `http://localhost:${PORT}` },
    serve: `${NEXT_START} -p ${PORT}`,
    url: `http://localhost:${PORT}`,
  },
  {
    name: 'fixtures, static export',
    env: {
      ...BASE_ENV,
      STATIC_EXPORT: '1',
      BASE_PATH: EXPORT_BASE_PATH,
      CONTENT_DIR: 'e2e/fixtures',
      NEXT_DIST_DIR: 'out-e2e',
      SITE_URL: `http://localhost:${EXPORT_PORT}`,
    },
    serve: `${STATIC_SERVER} out-e2e ${EXPORT_PORT} ${EXPORT_BASE_PATH}`,
    url: `http://localhost:${EXPORT_PORT}${EXPORT_BASE_PATH}/`,
  },
  // A Hexo + Icarus blog as its author has it (e2e/hexo-site: _config.yml,
  // _config.icarus.yml, source/): no SITE_URL or BASE_PATH, so its own `url`
  // and `root` apply, with its title, menu, widgets, page sizes, date format,
  // language and old URLs (e2e/hexo-site.spec.ts).
  {
    name: 'Hexo site, next start',
    env: { ...BASE_ENV, CONTENT_DIR: 'e2e/hexo-site', NEXT_DIST_DIR: '.next-e2e-hexo' },
    serve: `${NEXT_START} -p ${HEXO_PORT}`,
    url: `http://localhost:${HEXO_PORT}${HEXO_ROOT}`,
  },
]
