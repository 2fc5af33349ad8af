// A fast local stand-in for the Messages API (127.0.0.1 only): reads the whole body, answers a
// fixed small message (or, with `echo`, the first user text block as the answer: the client must get
// its own prompt back once the service restores it), or an SSE stream when the body asks for one. Records every body so a test
// can assert that no planted identifier arrived.
import { createServer, type Server } from 'node:http'
import { listenLocal } from '../helpers/listen-local.js'

export const MESSAGE_REPLY = JSON.stringify({
  id: 'msg_bench', type: 'message', role: 'assistant', model: 'claude-sonnet-4-5',
  content: [{ type: 'text', text: 'The security group blocks port 5432.' }],
  stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 2000, output_tokens: 12 }
})

const sse = (event: string, data: object): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`

export const SSE_FRAMES = [
  sse('message_start', { type: 'message_start', message: { id: 'msg_bench', type: 'message', role: 'assistant', model: 'claude-sonnet-4-5', content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 2000, output_tokens: 1 } } }),
  sse('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
  sse('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'The security group ' } }),
  sse('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'blocks port 5432.' } }),
  sse('content_block_stop', { type: 'content_block_stop', index: 0 }),
  sse('message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 12 } }),
  sse('message_stop', { type: 'message_stop' })
]

export interface MockMessagesApi {
  url: string
  server: Server
  /** Bodies received (only when `record` is on: a benchmark would drown in them). */
  bodies: string[]
  count: () => number
  close: () => Promise<void>
}

export async function startMockMessagesApi (opts: { record?: boolean, echo?: boolean, streamGapMs?: number } = {}): Promise<MockMessagesApi> {
  const bodies: string[] = []
  let count = 0
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      count++
      const body = Buffer.concat(chunks).toString('utf8')
      if (opts.record === true) bodies.push(body)
      const headers = { 'request-id': `req_${count}` }
      if (!/"stream"\s*:\s*true/.test(body)) {
        const reply = opts.echo === true ? echoReply(body) : MESSAGE_REPLY
        res.writeHead(200, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(reply) })
        res.end(reply)
        return
      }
      res.writeHead(200, { ...headers, 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
      writeFrames(res, opts.streamGapMs ?? 0)
    })
  })
  const { url, close } = await listenLocal(server)
  return { url, server, bodies, count: () => count, close }
}

function writeFrames (res: import('node:http').ServerResponse, gapMs: number): void {
  let i = 0
  const next = (): void => {
    if (res.destroyed) return
    if (i >= SSE_FRAMES.length) { res.end(); return }
    res.write(SSE_FRAMES[i++])
    if (gapMs > 0) setTimeout(next, gapMs)
    else next()
  }
  next()
}

/** The fixed message with its text replaced by the request's first user text block. */
function echoReply (body: string): string {
  const message = JSON.parse(MESSAGE_REPLY)
  const first = JSON.parse(body).messages?.[0]?.content
  message.content[0].text = typeof first === 'string' ? first : first?.[0]?.text ?? ''
  return JSON.stringify(message)
}
