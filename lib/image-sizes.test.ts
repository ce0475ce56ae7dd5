import { createServer, type Server } from 'node:http'
import { mkdtempSync, readdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

/** The start of a PNG: signature and IHDR, which holds the size. */
function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25)
  ihdr.writeUInt32BE(13, 0)
  ihdr.write('IHDR', 4, 'ascii')
  ihdr.writeUInt32BE(width, 8)
  ihdr.writeUInt32BE(height, 12)
  ihdr.set([8, 6, 0, 0, 0], 16)
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, Buffer.alloc(4000)])
}

let server: Server
let origin: string
const served: string[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    served.push(request.url!)
    if (request.url === '/photo.png') response.end(pngHeader(640, 480))
    else if (request.url === '/page.html') response.end('<!doctype html><p>not an image</p>')
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => server.close())

/** A fresh copy of the module: its per-process memo starts empty, as in a new build. */
async function freshImageSizeOf() {
  vi.resetModules()
  return (await import('./image-sizes')).imageSizeOf
}

describe('imageSizeOf', () => {
  it('reads a remote image’s size from its first bytes, once, and keeps it for later builds', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'image-sizes-'))
    const imageSizeOf = await freshImageSizeOf()
    expect(await imageSizeOf(`${origin}/photo.png`, cache)).toEqual({ width: 640, height: 480 })
    expect(await imageSizeOf(`${origin}/photo.png`, cache)).toEqual({ width: 640, height: 480 })
    expect(served.filter((url) => url === '/photo.png')).toHaveLength(1)
    expect(readdirSync(cache)).toHaveLength(1)

    const nextBuild = await freshImageSizeOf()
    expect(await nextBuild(`${origin}/photo.png`, cache)).toEqual({ width: 640, height: 480 })
    expect(served.filter((url) => url === '/photo.png')).toHaveLength(1)
  })

  it('has no size for a missing file, a page that is not an image, an unreachable host or a local path', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'image-sizes-'))
    const imageSizeOf = await freshImageSizeOf()
    expect(await imageSizeOf(`${origin}/gone.png`, cache)).toBeUndefined()
    expect(await imageSizeOf(`${origin}/page.html`, cache)).toBeUndefined()
    expect(await imageSizeOf('http://127.0.0.1:9/unreachable.png', cache)).toBeUndefined()
    expect(await imageSizeOf('/images/local.png', cache)).toBeUndefined()
    // Failures are not remembered on disk: the next build tries again.
    expect(readdirSync(cache)).toHaveLength(0)
  })

  it('asks a host that does not answer only once per build process', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'image-sizes-'))
    const imageSizeOf = await freshImageSizeOf()
    const silent = createServer((request) => request.socket.destroy())
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    let connections = 0
    silent.on('connection', () => connections++)
    const host = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
    try {
      expect(await imageSizeOf(`${host}/a.png`, cache)).toBeUndefined()
      expect(await imageSizeOf(`${host}/b.png`, cache)).toBeUndefined()
      expect(connections).toBe(1)
      expect(await imageSizeOf('http://a b/broken url.png', cache)).toBeUndefined()
    } finally {
      silent.close()
    }
  })

  it('stays off the network with IMAGE_SIZES=0', async () => {
    const imageSizeOf = await freshImageSizeOf()
    vi.stubEnv('IMAGE_SIZES', '0')
    try {
      const before = served.length
      expect(
        await imageSizeOf(`${origin}/photo.png?off`, mkdtempSync(path.join(tmpdir(), 'image-sizes-'))),
      ).toBeUndefined()
      expect(served.length).toBe(before)
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
