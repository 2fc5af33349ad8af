// A small recording HTTP server on 127.0.0.1 standing in for an upstream API. Each request
// takes the next scripted step (or the fallback): a status/headers/body answer, optionally
// delayed, or a socket reset, a close in the middle of the body, or no answer at all.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface MockStep {
  status?: number
  headers?: Record<string, string>
  /** Objects are sent as JSON. */
  body?: string | Buffer | object
  /** Wait before answering, in ms. */
  delayMs?: number
  /** Reset the socket (client sees ECONNRESET) instead of answering. */
  reset?: boolean
  /** Send headers and half the body, then destroy the socket. */
  closeMidBody?: boolean
  /** Never answer (until the mock closes). */
  hang?: boolean
}

export interface ReceivedRequest {
  method: string
  url: string
  headers: IncomingMessage['headers']
  /** The raw bytes received. */
  body: Buffer
}

export type Responder = (req: ReceivedRequest, index: number) => MockStep

export interface MockUpstream {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string
  requests: ReceivedRequest[]
  /** Queue steps taken by the next requests, in order. */
  script (...steps: MockStep[]): void
  /** Used when the queue is empty (default: 200 `{"ok":true}`). */
  fallback (step: MockStep | Responder): void
  close (): Promise<void>
}

const pause = async (ms: number): Promise<void> => await new Promise((resolve) => setTimeout(resolve, ms))

export async function createMockUpstream (...steps: MockStep[]): Promise<MockUpstream> {
  const queue: MockStep[] = [...steps]
  let fallback: MockStep | Responder = { status: 200, body: { ok: true } }
  const requests: ReceivedRequest[] = []

  async function answer (req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const received: ReceivedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) }
    requests.push(received)
    const step = queue.shift() ?? (typeof fallback === 'function' ? fallback(received, requests.length - 1) : fallback)
    if (step.hang === true) return
    if (step.delayMs !== undefined) await pause(step.delayMs)
    if (step.reset === true) {
      req.socket.resetAndDestroy()
      return
    }
    const body = bodyBytes(step.body)
    const isJson = step.body !== undefined && !Buffer.isBuffer(step.body) && typeof step.body !== 'string'
    res.writeHead(step.status ?? 200, {
      'content-type': isJson ? 'application/json' : 'text/plain',
      'content-length': String(body.length),
      ...step.headers
    })
    if (step.closeMidBody === true) {
      res.write(body.subarray(0, Math.floor(body.length / 2)))
      await pause(20)
      req.socket.destroy()
      return
    }
    res.end(body)
  }

  const server = createServer((req, res) => {
    answer(req, res).catch(() => req.socket.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...more) => { queue.push(...more) },
    fallback: (step) => { fallback = step },
    async close () {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

function bodyBytes (body: MockStep['body']): Buffer {
  if (body === undefined) return Buffer.alloc(0)
  if (Buffer.isBuffer(body)) return body
  return Buffer.from(typeof body === 'string' ? body : JSON.stringify(body))
}
