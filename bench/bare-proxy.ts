// The baseline: the fastest plain Node pass-through proxy. node:http in, undici.request over a
// keep-alive Pool out, request and response bodies streamed through untouched (no parsing).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { listenLocal } from '../test/helpers/listen-local.js'
import { pipeline } from 'node:stream/promises'
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
    pool.request({
      method: req.method as 'POST',
      path: req.url ?? '/',
      headers: forwardable(req.headers),
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : req
    }).then(async (upstream) => {
      res.writeHead(upstream.statusCode, forwardable(upstream.headers))
      await pipeline(upstream.body, res)
    }).catch(() => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":"bad gateway"}')
      else res.destroy()
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
