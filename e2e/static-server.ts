import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

/**
 * A plain static host for the exported site, as GitHub Pages serves one: the
 * site under a base path, `folder/` → `folder/index.html`, `folder` → 301 to
 * `folder/`, unknown paths → `404.html` with status 404. No rewrites, no
 * redirects of its own: what works here works on any static host.
 *
 * Usage: node --import tsx e2e/static-server.ts <dir> <port> [basePath]
 */
const [root, port, basePath = ''] = process.argv.slice(2)
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

const rootDir = path.resolve(root)

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost')
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return send(response, 400)
  }
  if (!pathname.startsWith(`${basePath}/`)) return notFound(response)
  const relative = pathname.slice(basePath.length)
  const file = path.join(rootDir, relative)
  if (!file.startsWith(rootDir)) return send(response, 403)
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!relative.endsWith('/')) return send(response, 301, { Location: `${url.pathname}/${url.search}` })
    return serve(response, path.join(file, 'index.html'))
  }
  if (existsSync(file)) return serve(response, file)
  if (existsSync(`${file}.html`)) return serve(response, `${file}.html`)
  return notFound(response)
})
// Idle connections stay open a minute, not 5 s (why: NEXT_START in e2e/e2e-servers.ts).
server.keepAliveTimeout = 60_000
server.listen(Number(port), '127.0.0.1')

function serve(response: import('node:http').ServerResponse, file: string, status = 200): void {
  if (!existsSync(file)) return notFound(response)
  response.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(response)
}

function notFound(response: import('node:http').ServerResponse): void {
  const page = path.join(rootDir, '404.html')
  if (existsSync(page)) return serve(response, page, 404)
  send(response, 404)
}

function send(response: import('node:http').ServerResponse, status: number, headers: Record<string, string> = {}) {
  response.writeHead(status, headers)
  response.end()
}
