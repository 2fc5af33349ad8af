// A real local stand-in for the Anthropic Messages API (127.0.0.1, port 0). It records every raw
// request and answers with scripted messages: plain JSON, or SSE built from the same message
// (deltas of any size, pings, byte-level chunking that cuts frames and UTF-8 characters), errors
// in Anthropic's shape with retry headers, an `event: error` after the 200, a connection dying
// mid-stream, and gzip when the request allows it (to prove the proxy asks for identity).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

export interface RecordedRequest {
  method: string
  url: string
  headers: IncomingMessage['headers']
  raw: Buffer
  /** The parsed body, or undefined when it was not JSON. */
  json: any
}

export interface MessageStep {
  /** A message to answer with: JSON, or SSE when the request says stream: true. */
  message?: Record<string, any> | ((req: RecordedRequest) => Record<string, any>)
  /** Anthropic error answer. */
  error?: { status: number, type: string, message: string }
  /** Any JSON body answered as-is (models, count_tokens). */
  json?: unknown
  headers?: Record<string, string>
  /** SSE: characters (code points) per delta; default whole text in one delta. */
  deltaSize?: number
  /** SSE: write the whole stream in chunks of this many bytes (cuts frames and characters). */
  chunkBytes?: number
  /** SSE: after this many frames, send an `event: error` frame and end. */
  errorAfterFrames?: number
  /** SSE: after this many frames, destroy the socket. */
  dieAfterFrames?: number
  /** Compress (gzip) even when the request asked for identity, like a misbehaving proxy. */
  forceGzip?: boolean
  /** SSE: after this many frames, stop writing and wait until the client goes away. */
  hangAfterFrames?: number
}

export interface MockAnthropic {
  url: string
  requests: RecordedRequest[]
  /** Steps for the next requests, in order; then the fallback. */
  script (...steps: MessageStep[]): void
  fallback (step: MessageStep | ((req: RecordedRequest) => MessageStep)): void
  /** Resolves when a hung stream's client went away. */
  clientGone (): Promise<void>
  close (): Promise<void>
}

const frame = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`

function pieces (text: string, size: number | undefined): string[] {
  const points = [...text]
  if (size === undefined || points.length === 0) return [text]
  const out: string[] = []
  for (let i = 0; i < points.length; i += size) out.push(points.slice(i, i + size).join(''))
  return out
}

/** The SSE frames the API would send for a finished message. */
export function messageToSse (message: Record<string, any>, deltaSize?: number): string[] {
  const frames = [frame('message_start', { type: 'message_start', message: { ...message, content: [], stop_reason: null, stop_sequence: null } })]
  message.content.forEach((block: Record<string, any>, index: number) => {
    const delta = (d: object) => frame('content_block_delta', { type: 'content_block_delta', index, delta: d })
    if (block.type === 'text') {
      frames.push(frame('content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } }))
      frames.push(frame('ping', { type: 'ping' }))
      for (const p of pieces(block.text, deltaSize)) frames.push(delta({ type: 'text_delta', text: p }))
    } else if (block.type === 'thinking') {
      frames.push(frame('content_block_start', { type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '', signature: '' } }))
      for (const p of pieces(block.thinking, deltaSize)) frames.push(delta({ type: 'thinking_delta', thinking: p }))
      frames.push(delta({ type: 'signature_delta', signature: block.signature }))
    } else if (block.type === 'tool_use') {
      frames.push(frame('content_block_start', { type: 'content_block_start', index, content_block: { ...block, input: {} } }))
      for (const p of pieces(JSON.stringify(block.input), deltaSize)) frames.push(delta({ type: 'input_json_delta', partial_json: p }))
    } else {
      frames.push(frame('content_block_start', { type: 'content_block_start', index, content_block: block }))
    }
    frames.push(frame('content_block_stop', { type: 'content_block_stop', index }))
  })
  frames.push(frame('message_delta', { type: 'message_delta', delta: { stop_reason: message.stop_reason ?? 'end_turn', stop_sequence: message.stop_sequence ?? null }, usage: { output_tokens: 5 } }))
  frames.push(frame('message_stop', { type: 'message_stop' }))
  return frames
}

export function assistantMessage (content: Array<Record<string, any>>, extra: Record<string, any> = {}): Record<string, any> {
  return {
    id: 'msg_mock_1', type: 'message', role: 'assistant', model: 'claude-mock', content,
    stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 10, output_tokens: 5 }, ...extra
  }
}

let requestCounter = 0

export async function createMockAnthropic (): Promise<MockAnthropic> {
  const queue: MessageStep[] = []
  let fallback: MessageStep | ((req: RecordedRequest) => MessageStep) = { json: { ok: true } }
  const requests: RecordedRequest[] = []
  const gone: Array<() => void> = []

  async function answer (req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    let json: any
    try { json = JSON.parse(raw.toString('utf8')) } catch { json = undefined }
    const recorded: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, raw, json }
    requests.push(recorded)
    const step = queue.shift() ?? (typeof fallback === 'function' ? fallback(recorded) : fallback)
    const headers = { 'request-id': `req_mock_${++requestCounter}`, ...step.headers }
    const gzip = step.forceGzip === true || /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))

    const sendJson = (status: number, body: unknown): void => {
      const text = Buffer.from(JSON.stringify(body))
      res.writeHead(status, { ...headers, 'content-type': 'application/json', ...(gzip ? { 'content-encoding': 'gzip' } : {}) })
      res.end(gzip ? gzipSync(text) : text)
    }
    if (step.error !== undefined) {
      sendJson(step.error.status, { type: 'error', error: { type: step.error.type, message: step.error.message }, request_id: headers['request-id'] })
      return
    }
    if (step.json !== undefined || step.message === undefined) { sendJson(200, step.json ?? { ok: true }); return }
    const message = typeof step.message === 'function' ? step.message(recorded) : step.message
    if (json?.stream !== true) { sendJson(200, message); return }

    let frames = messageToSse(message, step.deltaSize)
    const stopAt = step.errorAfterFrames ?? step.dieAfterFrames ?? step.hangAfterFrames
    if (stopAt !== undefined) frames = frames.slice(0, stopAt)
    if (step.errorAfterFrames !== undefined) frames.push(frame('error', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }))
    res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip' } : {}) })
    const body = Buffer.from(frames.join(''))
    if (gzip) { res.end(gzipSync(body)); return }
    const size = step.chunkBytes ?? 0
    if (size > 0) for (let i = 0; i < body.length; i += size) res.write(body.subarray(i, i + size))
    else for (const f of frames) res.write(f)
    if (step.dieAfterFrames !== undefined) {
      // let the frames reach the client, then kill the connection without ending the response
      setTimeout(() => res.socket?.destroy(), 50)
      return
    }
    if (step.hangAfterFrames !== undefined) {
      res.on('close', () => { for (const fn of gone.splice(0)) fn() })
      return
    }
    res.end()
  }

  const server = createServer((req, res) => {
    answer(req, res).catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...steps) => { queue.push(...steps) },
    fallback: (step) => { fallback = step },
    clientGone: async () => await new Promise<void>((resolve) => gone.push(resolve)),
    async close () {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
