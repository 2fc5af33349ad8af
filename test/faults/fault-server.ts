// A local upstream (127.0.0.1, port 0) whose every answer is a handler with full control of the
// socket: cut bodies, resets, stalls, garbage, hand-written SSE bytes. It records what it got,
// so a test can check no planted byte arrived. Stalled handlers end when the server closes.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  url: string
  headers: IncomingMessage['headers']
  raw: string
  /** Parsed body, undefined when it was not JSON. */
  json: any
}

export type Handler = (req: Received, res: ServerResponse) => Promise<void> | void

export interface FaultServer {
  url: string
  port: number
  requests: Received[]
  /** Handlers for the next requests, in order; then the fallback. */
  next (...handlers: Handler[]): void
  fallback (handler: Handler): void
  /** Stops listening (the port refuses connections) and drops open sockets. */
  close (): Promise<void>
  /** Listens again on the same port (after close). */
  reopen (): Promise<void>
}

export async function createFaultServer (initial: Handler): Promise<FaultServer> {
  const queue: Handler[] = []
  let fallback = initial
  const requests: Received[] = []

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      let json: any
      try { json = JSON.parse(raw) } catch { json = undefined }
      const received: Received = { url: req.url ?? '', headers: req.headers, raw, json }
      requests.push(received)
      const handler = queue.shift() ?? fallback
      Promise.resolve(handler(received, res)).catch(() => res.destroy())
    })
  })
  server.keepAliveTimeout = 60_000 // the service's pool keeps connections; a fault must not come from us
  const listen = async (port: number): Promise<void> => {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => { server.off('error', reject); resolve() })
    })
  }
  await listen(0)
  const { port } = server.address() as AddressInfo
  let listening = true

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    next: (...handlers) => { queue.push(...handlers) },
    fallback: (handler) => { fallback = handler },
    async close () {
      if (!listening) return
      listening = false
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
    async reopen () {
      await listen(port)
      listening = true
    }
  }
}
