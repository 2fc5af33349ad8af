// The baseline: the fastest plain Node pass-through proxy. node:http in, undici.request over a
// keep-alive Pool out, no parsing. The request body is read whole and sent as one buffer: piping
// the request stream into undici cost about twice the CPU per 8 KB request (stream machinery,
// abort signals), which made the baseline slow and every ratio against it flattering. The
// response is streamed back as it comes (SSE must not wait for the end).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { listenLocal } from '../test/helpers/listen-local.js'
import { once } from 'node:events'
import { Pool } from 'undici'

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'te', 'upgrade', 'host',
  'proxy-connection', 'trailer'])

function forwardable (headers: IncomingHttpHeaders | Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value
  }
  return out
}

export interface BareProxy { url: string, server: Server, close: () => Promise<void> }

export async function startBareProxy (target: string, opts: { connections?: number } = {}): Promise<BareProxy> {
  const pool = new Pool(target, { connections: opts.connections ?? 128, keepAliveTimeout: 60_000 })
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('error', () => res.destroy())
    req.on('end', () => {
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)
      pool.request({ method: req.method as 'POST', path: req.url ?? '/', headers: forwardable(req.headers), body }).then(async (upstream) => {
        res.writeHead(upstream.statusCode, forwardable(upstream.headers))
        for await (const chunk of upstream.body) if (!res.write(chunk)) await once(res, 'drain')
        res.end()
      }).catch(() => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":"bad gateway"}')
        else res.destroy()
      })
    })
  })
  const listening = await listenLocal(server)
  return {
    url: listening.url,
    server,
    close: async () => {
      await listening.close()
      await pool.close()
    }
  }
}
