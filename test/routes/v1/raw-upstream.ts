// A bare local upstream (127.0.0.1, port 0) for protocol tests that need exact bytes on the wire:
// each request is recorded and handed to the next queued handler (or the fallback), which writes
// whatever it likes: CRLF-framed SSE, frames cut mid-character, a stream held open until a gate
// opens, headers the real API never sends.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { listenLocal } from '../../helpers/listen-local.js'

export interface RawRequest {
  method: string
  url: string
  headers: IncomingMessage['headers']
  raw: Buffer
  json: any
}

export type RawHandler = (req: RawRequest, res: ServerResponse) => void | Promise<void>

export interface RawUpstream {
  url: string
  requests: RawRequest[]
  script (...handlers: RawHandler[]): void
  fallback (handler: RawHandler): void
  close (): Promise<void>
}

interface Teardown { teardown (fn: () => unknown): void }

export async function createRawUpstream (t: Teardown): Promise<RawUpstream> {
  const queue: RawHandler[] = []
  let fallback: RawHandler = (_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}') }
  const requests: RawRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      let json: any
      try { json = JSON.parse(raw.toString('utf8')) } catch { json = undefined }
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, raw, json }
      requests.push(recorded)
      Promise.resolve((queue.shift() ?? fallback)(recorded, res)).catch(() => res.destroy())
    })
  })
  const listening = await listenLocal(server)
  t.teardown(() => listening.close())
  return {
    url: listening.url,
    requests,
    script: (...handlers) => { queue.push(...handlers) },
    fallback: (handler) => { fallback = handler },
    close: listening.close
  }
}

/** `event: <type>` + `data: <json>` lines joined by `eol`, the frame ended by a blank line. */
export function sseFrame (data: { type: string } & Record<string, unknown>, eol = '\n'): string {
  return `event: ${data.type}${eol}data: ${JSON.stringify(data)}${eol}${eol}`
}

/** A promise with its resolve, to hold a handler until the test lets it go on. */
export function gate (): { wait: Promise<void>, open: () => void } {
  let open!: () => void
  const wait = new Promise<void>((resolve) => { open = resolve })
  return { wait, open }
}
